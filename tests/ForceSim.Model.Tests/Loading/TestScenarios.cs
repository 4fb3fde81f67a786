using ForceSim.Model.Loading;

namespace ForceSim.Model.Tests.Loading;

/// <summary>Scenario texts shared by the loading tests, and helpers to vary them and locate lines.</summary>
internal static class TestScenarios
{
    public const string FileName = "test.yaml";

    /// <summary>The smallest valid scenario: only required keys plus a few chosen values; everything else is defaulted.</summary>
    public const string Minimal = """
        name: Minimal test scenario
        run:
          seed: 42
          replications: 5
          horizon_days: 30
          warmup_days: 2
          window_minutes: 30
          start_date: 2022-01-03
        control_rooms:
          - id: north-cr
            name: North control room
            call_handlers:
              shifts:
                - {name: day, start_hour: 7, hours: 12, staff: 10}
                - {name: night, start_hour: 19, hours: 12, staff: 6}
            channels:
              emergency:
                handle_minutes: {dist: lognormal, mean: 6, sd: 3}
                patience_seconds: {dist: exponential, mean: 120}
              non_emergency:
                handle_minutes: {dist: gamma, mean: 8, shape: 2}
                patience_seconds: none
                answer_target_seconds: 60
                spill_to_emergency: {probability: 0.1, delay_minutes: {dist: uniform, min: 1, max: 4}}
        forces:
          - id: northshire
            control_room: north-cr
            demand:
              annual_volume: {emergency: 100000, non_emergency: 200000}
            incident_types:
              - id: assault
                share: {emergency: 3, non_emergency: 1}
                grade: emergency
                crime: {probability: 0.9, class: violence}
                vulnerability: 0.3
                on_scene_minutes: {dist: lognormal, mean: 90, sd: 60}
                units: 2
              - id: noise
                share: {emergency: 1, non_emergency: 4}
                grade: scheduled
                on_scene_minutes: {dist: empirical, values: [10, 20, 40], weights: [1, 2, 1]}
            response:
              shifts:
                - {start_hour: 7, hours: 10, units: 20}
                - {start_hour: 17, hours: 10, units: 18}
            recording:
              probability: {violence: 0.9}

        """;

    public static ScenarioLoadResult Load(string yaml) => ScenarioLoader.LoadText(yaml, FileName);

    /// <summary>Loads <paramref name="yaml"/> with <c>--set</c> <paramref name="overrides"/>.</summary>
    public static ScenarioLoadResult Load(string yaml, IReadOnlyList<string> overrides) => ScenarioLoader.LoadText(yaml, FileName, overrides);

    /// <summary><paramref name="yaml"/> with the single occurrence of <paramref name="find"/> replaced.</summary>
    public static string Edit(string yaml, string find, string replace)
    {
        var at = yaml.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in the scenario text");
        Assert.True(yaml.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' occurs more than once in the scenario text");
        return string.Concat(yaml.AsSpan(0, at), replace, yaml.AsSpan(at + find.Length));
    }

    /// <summary>Loads an edited <see cref="Minimal"/> and returns its only problem.</summary>
    public static ScenarioProblem SingleProblem(string yaml)
    {
        var result = Load(yaml);
        Assert.Null(result.Scenario);
        Assert.False(result.IsValid);
        return Assert.Single(result.Problems);
    }

    /// <summary>The 1-based line of the single line containing <paramref name="snippet"/>.</summary>
    public static int LineOf(string yaml, string snippet)
    {
        var lines = yaml.Split('\n');
        var matches = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(snippet, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"'{snippet}' is on {matches.Count} lines, not one");
        return matches[0] + 1;
    }

    /// <summary>The 1-based column where <paramref name="snippet"/> starts on its line.</summary>
    public static int ColumnOf(string yaml, string snippet)
    {
        var line = yaml.Split('\n')[LineOf(yaml, snippet) - 1];
        return line.IndexOf(snippet, StringComparison.Ordinal) + 1;
    }

    /// <summary>
    /// Checks a problem's file, key path, message and position. The position is where <paramref name="snippet"/> starts,
    /// or where its <c>|</c> marker is (e.g. <c>"window_minutes: |7"</c> points at the 7).
    /// </summary>
    public static void AssertProblem(ScenarioProblem problem, string yaml, string snippet, string keyPath, string message)
    {
        var marker = Math.Max(snippet.IndexOf('|', StringComparison.Ordinal), 0);
        var text = snippet.Replace("|", "", StringComparison.Ordinal);
        Assert.Equal(FileName, problem.File);
        Assert.Equal(keyPath, problem.KeyPath);
        Assert.Equal(message, problem.Message);
        Assert.Equal(LineOf(yaml, text), problem.Line);
        Assert.Equal(ColumnOf(yaml, text) + marker, problem.Column);
    }
}
