using ForceSim.Engine.Compilation;
using ForceSim.Model.Scenarios;
using static ForceSim.Testing.Scenarios.ScenarioParts;

namespace ForceSim.Engine.Tests.Compilation;

public sealed class CompiledScenarioTests
{
    private const string ErlangC = """
        name: compiled
        run:
          seed: 1001
          replications: 2
          warmup_days: 1
          horizon_days: 30
          window_minutes: 60
        control_rooms:
          - id: room
            call_handlers:
              shifts:
                - {name: all_day, start_hour: 0, hours: 24, staff: 10}
            channels:
              emergency:
                handle_minutes: {dist: exponential, mean: 5}
                patience_seconds: none
        forces:
          - id: force
            control_room: room
            demand:
              annual_volume: {emergency: 840960}
            incident_types:
              - id: advice
                share: {emergency: 1}
                grade: resolution
                on_scene_minutes: {dist: constant, value: 0}
            response:
              shifts:
                - {name: all_day, start_hour: 0, hours: 24, units: 3}
        """;

    [Fact]
    public void A_loaded_scenario_compiles_to_its_measured_period_roster_and_demand()
    {
        var model = new CompiledScenario(TestScenarios.FromYaml(ErlangC));

        Assert.Equal(1440, model.Period.Start);
        Assert.Equal(31 * 1440, model.Period.End);
        Assert.Equal(31 * 24, model.WindowCount);
        Assert.Equal(10, model.ControlRooms[0].Roster.StaffAt(600));
        Assert.NotNull(model.ControlRooms[0].Channels[(int)Channel.Emergency]);
        Assert.Null(model.ControlRooms[0].Channels[(int)Channel.Online]);
        Assert.Equal(3, model.Units.Length);

        // 840,960 a year is 1.6 a minute.
        Assert.Equal(1.0, model.Forces[0].Demand[(int)Channel.Emergency].NextArrival(0, 1.6), 12);
    }

    [Fact]
    public void Units_are_numbered_consecutively_across_forces_with_their_shift()
    {
        var scenario = Of(
            [Room("r1"), Room("r2")],
            [Force("a", "r2", 10, 0, Shift(7, 10, 2)), Force("b", "r1", 10, 0, Shift(22, 10, 1), Shift(6.5, 8, 1)), Force("c", "r2", 10, 0, Shift(0, 24, 1))]);

        var model = new CompiledScenario(scenario);

        Assert.Equal(
            [
                new UnitSlot(0, 0, 420, 600), new UnitSlot(0, 1, 420, 600),
                new UnitSlot(1, 0, 1320, 600), new UnitSlot(1, 1, 390, 480),
                new UnitSlot(2, 0, 0, 1440),
            ],
            model.Units);
        Assert.Equal([0, 2, 4], model.Forces.Select(f => f.FirstUnit));
        Assert.Equal([1, 0, 1], model.Forces.Select(f => f.ControlRoom));
        Assert.Equal([1], model.ControlRooms[0].Forces);
        Assert.Equal([0, 2], model.ControlRooms[1].Forces);
    }
}
