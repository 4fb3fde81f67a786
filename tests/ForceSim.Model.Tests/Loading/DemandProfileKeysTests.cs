using ForceSim.Model.Loading;

namespace ForceSim.Model.Tests.Loading;

public sealed class DemandProfileKeysTests
{
    private const string Template = """
        name: demand test
        control_rooms:
          - id: room
            call_handlers: {unlimited: true}
            channels:
              emergency: {handle_minutes: {dist: constant, value: 0}}
        forces:
          - id: force
            control_room: room
            demand:
              annual_volume: {emergency: 1000}
        {0}
            incident_types:
              - {id: job, share: {emergency: 1}, grade: emergency, on_scene_minutes: {dist: constant, value: 10}}
            response:
              shifts: [{name: all, start_hour: 0, hours: 24, units: 1}]
        """;

    [Fact]
    public void An_hour_of_week_profile_of_168_values_is_accepted()
    {
        var week = string.Join(", ", Enumerable.Range(0, 168).Select(h => h % 24 < 7 ? "0.5" : "1.2"));
        var result = ScenarioLoader.LoadText(Template.Replace("{0}", $"      hour_of_week: [{week}]", StringComparison.Ordinal), "week.yaml");

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(168, result.Scenario!.Forces[0].Demand.HourOfWeek.Count);
    }

    [Fact]
    public void Hour_of_week_together_with_hour_of_day_is_rejected_with_its_key_path()
    {
        var week = string.Join(", ", Enumerable.Repeat("1", 168));
        var day = string.Join(", ", Enumerable.Repeat("1", 24));
        var result = ScenarioLoader.LoadText(
            Template.Replace("{0}", $"      hour_of_week: [{week}]\n      hour_of_day: [{day}]", StringComparison.Ordinal), "both.yaml");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("forces[0].demand.hour_of_week", problem.KeyPath);
        Assert.Contains("not both", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_hour_of_week_profile_of_the_wrong_length_names_the_expected_count()
    {
        var result = ScenarioLoader.LoadText(Template.Replace("{0}", "      hour_of_week: [1, 2, 3]", StringComparison.Ordinal), "short.yaml");

        var problem = Assert.Single(result.Problems);
        Assert.Contains("168", problem.Message, StringComparison.Ordinal);
    }
}
