using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Tests.Scenarios;

public sealed class EnglandWalesScenarioTests
{
    private static readonly Lazy<ScenarioLoadResult> Loaded = new(() => ScenarioLoader.LoadFile(RepositoryPaths.Scenario("england-wales.yaml")));

    [Fact]
    public void The_national_scenario_validates_with_43_forces_each_with_its_own_control_room()
    {
        var result = Loaded.Value;

        Assert.True(result.IsValid, string.Join("\n", result.Problems.Take(10)));
        var scenario = result.Scenario!;
        Assert.Equal(43, scenario.Forces.Count);
        Assert.Equal(43, scenario.ControlRooms.Count);
        Assert.Equal(43, scenario.Forces.Select(f => f.ControlRoom).Distinct().Count());
    }

    [Fact]
    public void Every_national_force_is_in_one_of_the_ten_police_regions_and_its_neighbours_are_its_region()
    {
        var scenario = Loaded.Value.Scenario!;

        var regions = scenario.Forces.GroupBy(f => f.Region).ToDictionary(g => g.Key, g => g.Select(f => f.Id).ToHashSet());
        Assert.Equal(10, regions.Count);
        Assert.DoesNotContain("", regions.Keys);
        Assert.Equal(6, regions["Eastern"].Count);
        Assert.All(scenario.Forces, f => Assert.Equal(regions[f.Region].Where(id => id != f.Id).Order(), f.Neighbours.Order()));
        Assert.All(scenario.Forces, f => Assert.NotNull(f.MutualAid));
    }

    [Fact]
    public void Cambridgeshire_in_the_national_scenario_keeps_the_calibrated_baselines_sizing()
    {
        var national = Loaded.Value.Scenario!.Forces.Single(f => f.Id == "cambridgeshire");
        var baseline = ScenarioLoader.LoadFile(RepositoryPaths.Scenario("cambridgeshire-2022.yaml")).Scenario!.Forces[0];

        Assert.Equal(baseline.Demand.AnnualVolume, national.Demand.AnnualVolume);
        Assert.Equal(baseline.Response.Shifts.Select(s => s.Count), national.Response.Shifts.Select(s => s.Count));
        Assert.Equal(baseline.Response.OtherWork.Select(w => w.PerDay), national.Response.OtherWork.Select(w => w.PerDay));
        Assert.Equal(baseline.Investigation, national.Investigation);
        Assert.Equal(baseline.IncidentTypes.Count, national.IncidentTypes.Count);
        Assert.Equal(baseline.Travel, national.Travel);
        Assert.Equal(baseline.Response.ReservedForEmergency, national.Response.ReservedForEmergency);
        Assert.Equal(baseline.Response.Scheduled!.Appointments, national.Response.Scheduled!.Appointments);
    }

    [Fact]
    public void Every_national_force_holds_back_units_and_books_appointments_in_proportion_to_its_size_as_Cambridgeshire_does()
    {
        // Absolute figures fit for Cambridgeshire would leave a large force's diary booked months ahead and a small force
        // with every unit held back, so those queues would grow without end. Each is the baseline's share, within rounding.
        var scenario = Loaded.Value.Scenario!;
        var baseline = scenario.Forces.Single(f => f.Id == "cambridgeshire");
        var baseUnits = baseline.Response.Shifts.Sum(s => s.Count);
        var baseNonEmergency = baseline.Demand.AnnualVolume[Channel.NonEmergency];
        Assert.All(scenario.Forces, force =>
        {
            var units = force.Response.Shifts.Sum(s => s.Count);
            var expectedReserved = (double)baseline.Response.ReservedForEmergency * units / baseUnits;
            Assert.InRange(force.Response.ReservedForEmergency, expectedReserved - 1, expectedReserved + 1);
            Assert.True(force.Response.ReservedForEmergency < force.Response.Shifts.Min(s => s.Count), $"{force.Id} holds back every unit");

            var expectedSlots = (double)baseline.Response.Scheduled!.Appointments!.PerHour * force.Demand.AnnualVolume[Channel.NonEmergency] / baseNonEmergency;
            Assert.InRange(force.Response.Scheduled!.Appointments!.PerHour, Math.Max(1, expectedSlots - 1), Math.Max(1, expectedSlots + 1));
        });
    }

    [Fact]
    public void No_national_force_has_much_less_response_per_resident_than_Cambridgeshire_so_none_queues_scheduled_work_without_end()
    {
        // Demand scales with population and units with officers: the four forces with fewest officers per resident left
        // units 96-105% busy and scheduled work queuing for ever until their rosters were raised (docs/sources.md).
        var scenario = Loaded.Value.Scenario!;
        var baseline = scenario.Forces.Single(f => f.Id == "cambridgeshire");
        double UnitsPerCall(ForceSettings force) => force.Response.Shifts.Sum(s => s.Count) / (double)force.Demand.AnnualVolume[Channel.NonEmergency];

        Assert.All(scenario.Forces, force => Assert.True(
            UnitsPerCall(force) >= 0.9 * UnitsPerCall(baseline),
            $"{force.Id}: {UnitsPerCall(force) / UnitsPerCall(baseline):F2} of Cambridgeshire's response units per call"));
    }
}
