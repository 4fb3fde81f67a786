using ForceSim.Engine.Compilation;
using ForceSim.Engine.ControlRooms;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Running;
using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.Geography;

/// <summary>Whole runs of the two-district force: measures by place, cross-area dispatch and what basing units where does.</summary>
public sealed class GeographyRunTests
{
    [Fact]
    public async Task A_force_with_geography_reports_attendance_by_area_and_utilisation_by_station()
    {
        var result = await ExperimentRunner.RunAsync(GeographyScenarios.Districts());

        var force = result.Replications[0].Forces["shire"];
        foreach (var name in (string[])["response.area.town.attendance_within_target", "response.area.village.attendance_within_target.emergency",
            "response.area.town.median_minutes", "response.station.village_station.utilisation", PlaceMeasures.CrossAreaDispatch])
        {
            Assert.True(force[name] is > 0 and < 1000, $"{name} is {force[name]}");
        }

        Assert.True(force["response.area.town.median_minutes"] < force["response.area.village.median_minutes"]);
        Assert.Equal(force[PlaceMeasures.CrossAreaDispatch], result.Replications[0].Measures[PlaceMeasures.CrossAreaDispatch]);
    }

    [Fact]
    public async Task Units_all_based_in_the_town_cross_into_the_village_for_its_incidents()
    {
        var scenario = GeographyScenarios.Districts().WithResponseShifts(s => s with { Stations = new Dictionary<string, int> { ["town_station"] = 5 } });

        var spread = await ExperimentRunner.RunAsync(GeographyScenarios.Districts());
        var town = await ExperimentRunner.RunAsync(scenario);

        var crossTown = town.Replications[0].Forces["shire"][PlaceMeasures.CrossAreaDispatch]!.Value;
        var crossSpread = spread.Replications[0].Forces["shire"][PlaceMeasures.CrossAreaDispatch]!.Value;
        Assert.True(crossTown > 0.2, $"cross-area share {crossTown} with every unit in the town");
        Assert.True(crossTown > crossSpread, $"{crossTown} with every unit in the town, {crossSpread} with two in the village");
        Assert.Null(town.Replications[0].Forces["shire"]["response.station.village_station.utilisation"]);
    }

    [Fact]
    public async Task Moving_units_to_the_rural_station_raises_its_area_s_attendance_within_target()
    {
        var moved = GeographyScenarios.Districts().WithResponseShifts(s => s with { Stations = new Dictionary<string, int> { ["town_station"] = 2, ["village_station"] = 3 } });

        var before = await ExperimentRunner.RunAsync(GeographyScenarios.Districts());
        var after = await ExperimentRunner.RunAsync(moved);

        // Paired: the same callers in the same places (common random numbers), replication by replication.
        for (var r = 0; r < before.Replications.Count; r++)
        {
            var was = before.Replications[r].Forces["shire"]["response.area.village.attendance_within_target"]!.Value;
            var now = after.Replications[r].Forces["shire"]["response.area.village.attendance_within_target"]!.Value;
            Assert.True(now > was, $"replication {r}: village attendance {now} after the move, {was} before");
        }
    }

    [Fact]
    public void Changing_the_journey_variability_leaves_every_incident_s_area_unchanged()
    {
        var steady = GeographyScenarios.Districts();
        var varied = steady.WithForce("shire", f => f with { Travel = f.Travel with { Matrix = f.Travel.Matrix! with { Variability = Distribution.LogNormal(1, 0.5) } } });

        var (steadyAreas, steadyFactors) = Draws(steady, 2000);
        var (variedAreas, variedFactors) = Draws(varied, 2000);

        Assert.Equal(steadyAreas, variedAreas);
        Assert.NotEqual(steadyFactors, variedFactors);
        Assert.InRange(variedFactors.Average(), 0.95, 1.05);
        Assert.InRange(steadyAreas.Count(a => a == 1) / 2000.0, 0.27, 0.33);
    }

    [Fact]
    public void The_area_draws_leave_the_force_s_other_streams_as_they_were()
    {
        var plain = TestScenarios.OneForce();
        var placed = plain.AsOnePlace("force");

        Assert.Equal(ProfilesOf(plain, 500), ProfilesOf(placed, 500));
    }

    private static (List<int> Areas, List<double> Factors) Draws(Scenario scenario, int count)
    {
        var model = new CompiledScenario(scenario);
        var context = new ControlRoomContext(new LpId(LpKind.ControlRoom, 0), seed: 5, replication: 0);
        var places = new ContactPlaces(model, model.ControlRooms[0], context);
        var areas = new List<int>();
        var factors = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var (area, factor, _) = places.Draw(0, (int)Channel.Emergency, Channel.Emergency, 0.5);
            areas.Add(area);
            factors.Add(factor);
        }

        return (areas, factors);
    }

    private static List<ContactProfile> ProfilesOf(Scenario scenario, int count)
    {
        var model = new CompiledScenario(scenario);
        var context = new ControlRoomContext(new LpId(LpKind.ControlRoom, 0), seed: 5, replication: 0);
        var demand = new ContactDemand(model, model.ControlRooms[0], context);
        demand.ScheduleFirstArrivals();
        var profiles = new List<ContactProfile>();
        for (var i = 0; i < count; i++)
        {
            profiles.Add(demand.Arrive((int)Channel.Emergency).Profile with { Area = 0, JourneyFactor = 0 });
        }

        return profiles;
    }
}
