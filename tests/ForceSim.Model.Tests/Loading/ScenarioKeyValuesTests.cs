using ForceSim.Model.Loading;

namespace ForceSim.Model.Tests.Loading;

/// <summary>The value a scenario sets at a <c>--set</c> key path, after extends and overrides; null where it sets none.</summary>
public sealed class ScenarioKeyValuesTests
{
    private static readonly string Baseline = RepositoryPaths.Scenario("cambridgeshire-2022.yaml");

    [Fact]
    public void Key_values_are_read_by_id_and_by_position_and_missing_paths_are_null()
    {
        var values = ScenarioKeyValues.Read(
            Baseline,
            ["control_rooms.cambridgeshire_fcr.call_handlers.abstraction_rate", "control_rooms[0].call_handlers.shifts[1].staff", "control_rooms[0].call_handlers.shifts[9].staff", "control_rooms[0].call_handlers.nonsense", "control_rooms[0].call_handlers", "not a [path"]);

        Assert.Equal(["0.12", "19", null, null, null, null], values);
    }

    [Fact]
    public void Key_values_follow_extends_and_overrides()
    {
        var overlay = RepositoryPaths.Scenario("whatif/plus-20-call-handlers.yaml");
        string[] keys = ["control_rooms[0].call_handlers.shifts[1].staff", "control_rooms[0].call_handlers.abstraction_rate"];

        Assert.Equal(["23", "0.12"], ScenarioKeyValues.Read(overlay, keys));
        Assert.Equal(["23", "0.2"], ScenarioKeyValues.Read(overlay, keys, ["control_rooms[0].call_handlers.abstraction_rate=0.2"]));
    }
}
