using ForceSim.Engine.Randomness;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Compilation;

/// <summary>A force ready to simulate: demand curves, incident mix, samplers and unit numbering.</summary>
public sealed class CompiledForce
{
    public CompiledForce(int index, ForceSettings settings, int controlRoom, int firstUnit, DateOnly startDate, double runMinutes, Func<string, int>? classIndex = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Index = index;
        Settings = settings;
        ControlRoom = controlRoom;
        FirstUnit = firstUnit;
        UnitCount = settings.Response.Shifts.Sum(s => s.Count);
        IncidentTypes = [.. settings.IncidentTypes.Select(t => new CompiledIncidentType(t, settings.Recording, classIndex ?? (_ => -1)))];
        Demand = new DemandProfile[3];
        TypeCumulative = new double[3][];
        foreach (var channel in (Channel[])[Channel.Emergency, Channel.NonEmergency, Channel.Online])
        {
            var volume = settings.Demand.AnnualVolume.TryGetValue(channel, out var v) ? v : 0;
            Demand[(int)channel] = new DemandProfile(volume, settings.Demand, startDate, runMinutes);
            TypeCumulative[(int)channel] = Cumulative(settings.IncidentTypes.Select(t => t.Share.TryGetValue(channel, out var s) ? s : 0));
        }

        Travel = new Sampler(settings.Travel.Minutes);
        Geography = settings.Geography is null ? null : new CompiledGeography(settings);
        RepeatDelayDays = new Sampler(settings.Victims.RepeatDelayDays);
        ReportDelayMinutes = new Sampler(settings.Victims.ReportDelayMinutes);
        if (settings.Investigation is { } investigation)
        {
            LinesOfEnquiry = new Sampler(investigation.LinesOfEnquiry);
            HoursPerLine = new Sampler(investigation.HoursPerLine);
        }
    }

    public int Index { get; }

    public ForceSettings Settings { get; }

    public string Id => Settings.Id;

    public int ControlRoom { get; }

    /// <summary>Global index of this force's first response unit; its units are numbered consecutively.</summary>
    public int FirstUnit { get; }

    public int UnitCount { get; }

    public CompiledIncidentType[] IncidentTypes { get; }

    /// <summary>Arrival-rate curve per channel.</summary>
    public DemandProfile[] Demand { get; }

    /// <summary>Cumulative incident-type weights per channel (last entry is the total).</summary>
    public double[][] TypeCumulative { get; }

    public Sampler Travel { get; }

    /// <summary>Areas, stations and the travel matrix; null for a force that is one place.</summary>
    public CompiledGeography? Geography { get; }

    public Sampler RepeatDelayDays { get; }

    public Sampler ReportDelayMinutes { get; }

    public Sampler? LinesOfEnquiry { get; }

    public Sampler? HoursPerLine { get; }

    /// <summary>Picks an incident type for a contact on <paramref name="channel"/> from a uniform draw.</summary>
    public int PickType(Channel channel, double uniform)
    {
        var cumulative = TypeCumulative[(int)channel];
        var target = uniform * cumulative[^1];
        for (var i = 0; i < cumulative.Length; i++)
        {
            if (target < cumulative[i])
            {
                return i;
            }
        }

        return cumulative.Length - 1;
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var result = weights.ToArray();
        for (var i = 1; i < result.Length; i++)
        {
            result[i] += result[i - 1];
        }

        return result;
    }
}
