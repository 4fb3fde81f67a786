using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.Validation;

/// <summary>
/// A hypercube validation scenario, run once, and read back as the exact model it configures: unit n is the one
/// unit based at station n; each area is an atom with rate annual volume × demand share; its preference order is
/// the stations sorted by the matrix's minutes from their area to it. The reading asserts the scenario keeps to
/// the hypercube's assumptions, so the exact model is computed from what was simulated.
/// </summary>
public abstract class HypercubeRun(string fileName) : ValidationRun(fileName)
{
    private GeographySettings Geography => Force.Geography ?? throw new Xunit.Sdk.XunitException("A hypercube scenario needs geography.");

    /// <summary>Station ids in unit order.</summary>
    public IReadOnlyList<string> Stations => [.. Geography.Stations.Select(s => s.Id)];

    public IReadOnlyList<string> Areas => [.. Geography.Areas.Select(a => a.Id)];

    /// <summary>The index of the area each unit's station stands in.</summary>
    public IReadOnlyList<int> HomeAreas => [.. Geography.Stations.Select(s => Geography.AreaIndex(s.Area))];

    /// <summary>Calls an hour from each area.</summary>
    public IReadOnlyList<double> AreaRatesPerHour =>
        [.. Geography.Areas.Select(a => ArrivalsPerMinute(Channel.Emergency) * a.DemandShare[Channel.Emergency] * 60)];

    /// <summary>Service completions an hour: one exponential on-scene time for every call, travel negligible.</summary>
    public double ServiceRatePerHour
    {
        get
        {
            var type = Assert.Single(Force.IncidentTypes);
            Assert.Equal(1, type.Units);
            return ExponentialRatePerMinute(type.OnSceneMinutes) * 60;
        }
    }

    /// <summary>The exact model, after checking the scenario keeps to the hypercube's assumptions.</summary>
    public HypercubeModel Model()
    {
        CheckAssumptions();
        var matrix = Force.Travel.Matrix!;
        var order = matrix.Areas.ToList();
        var atoms = new HypercubeAtom[Areas.Count];
        for (var j = 0; j < atoms.Length; j++)
        {
            var column = order.IndexOf(Areas[j]);
            var minutes = HomeAreas.Select(home => matrix.Minutes[order.IndexOf(Areas[home])][column]).ToArray();
            Assert.True(minutes.Distinct().Count() == minutes.Length, $"Area {Areas[j]}: two stations are equally near, so the preference order is not fixed.");
            atoms[j] = new HypercubeAtom(Areas[j], AreaRatesPerHour[j], [.. Enumerable.Range(0, minutes.Length).OrderBy(n => minutes[n])]);
        }

        return new HypercubeModel(Stations.Count, atoms, ServiceRatePerHour, LineCapacity.Infinite);
    }

    private void CheckAssumptions()
    {
        var shift = Assert.Single(Force.Response.Shifts);
        Assert.Equal(Units(), Stations.Count);
        Assert.All(Stations, s => Assert.Equal(1, shift.Stations[s]));
        Assert.True(Room.CallHandlers.Unlimited);
        Assert.Equal(0, Room.Channels[Channel.Emergency].HandleMinutes.Mean);
        Assert.Equal(0, Force.Response.ReservedForEmergency);
        Assert.Empty(Force.Response.OtherWork);
        Assert.Equal(AfterClearing.PatrolArea, Force.Response.AfterClearing);
        Assert.Equal(Grade.Emergency, Assert.Single(Force.IncidentTypes).Grade);
        Assert.Equal(TravelModel.Matrix, Force.Travel.Model);
        Assert.Equal(0, Force.Travel.MobiliseMinutes);

        // Negligible travel: the longest journey is under a hundredth of the mean on-scene time.
        Assert.True(Force.Travel.Matrix!.Minutes.SelectMany(row => row).Max() < 60 / ServiceRatePerHour / 100);
    }
}

public sealed class HypercubeLarsonRun() : HypercubeRun("hypercube-larson.yaml");

public sealed class HypercubeCorridorRun() : HypercubeRun("hypercube-corridor.yaml");
