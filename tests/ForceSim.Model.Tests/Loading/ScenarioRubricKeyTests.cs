using ForceSim.Model.Loading;

namespace ForceSim.Model.Tests.Loading;

public sealed class ScenarioRubricKeyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("forcesim-rubric-key-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_scenario_without_a_rubric_key_leaves_the_rubric_to_the_default()
    {
        var result = ScenarioLoader.LoadText(Scenario(""), Path.Combine(_folder, "s.yaml"));

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Null(result.Scenario!.Rubric);
    }

    [Fact]
    public void A_rubric_named_by_the_scenario_is_loaded_relative_to_the_scenario_file()
    {
        File.WriteAllText(Path.Combine(_folder, "mine.yaml"), RubricLoaderTestsShared.Minimal);
        var result = ScenarioLoader.LoadFile(Write("s.yaml", Scenario("rubric: mine.yaml")));

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("My rubric", result.Scenario!.Rubric!.Name);
    }

    [Fact]
    public void A_missing_rubric_file_is_reported_at_the_rubric_key()
    {
        var result = ScenarioLoader.LoadFile(Write("s.yaml", Scenario("rubric: nowhere.yaml")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("rubric", problem.KeyPath);
        Assert.Contains("not found", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line > 0);
    }

    [Fact]
    public void Problems_inside_the_rubric_are_reported_against_the_rubric_file()
    {
        File.WriteAllText(Path.Combine(_folder, "broken.yaml"), RubricLoaderTestsShared.Minimal.Replace("combine: worst", "combine: wrost", StringComparison.Ordinal));
        var result = ScenarioLoader.LoadFile(Write("s.yaml", Scenario("rubric: broken.yaml")));

        var problem = Assert.Single(result.Problems);
        Assert.EndsWith("broken.yaml", problem.File, StringComparison.Ordinal);
        Assert.Contains("worst", problem.Message, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Scenario(string extra) => $$$"""
        name: rubric key test
        {{{extra}}}
        control_rooms:
          - id: room
            call_handlers: {unlimited: true}
            channels:
              emergency: {handle_minutes: {dist: constant, value: 0}}
        forces:
          - id: force
            control_room: room
            demand: {annual_volume: {emergency: 1000}}
            incident_types:
              - {id: job, share: {emergency: 1}, grade: emergency, on_scene_minutes: {dist: constant, value: 10}}
            response:
              shifts: [{name: all, start_hour: 0, hours: 24, units: 1}]
        """;
}

internal static class RubricLoaderTestsShared
{
    public const string Minimal = """
        name: My rubric
        areas:
          responding_to_the_public:
            combine: worst
            measures:
              - measure: response.attendance_within_target
                thresholds: {outstanding: 0.9, good: 0.8, adequate: 0.65, requires_improvement: 0.45}
        """;
}
