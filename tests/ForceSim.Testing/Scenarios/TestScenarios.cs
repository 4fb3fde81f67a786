using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Testing.Scenarios;

/// <summary>
/// Where a test's scenario starts: a shipped file loaded as a user would load it, or YAML written in the test. Both
/// must load without problems. Change the result with the <c>With…</c> edits (<see cref="RunEdits"/>,
/// <see cref="ScenarioEdits"/>), e.g. <c>TestScenarios.ShortCambridgeshire(days: 60).WithTriage(t => t with { … })</c>.
/// </summary>
public static class TestScenarios
{
    /// <summary>A shipped scenario by its path under <c>scenarios/</c>, e.g. <c>"whatif/combined.yaml"</c>.</summary>
    public static Scenario Load(string relativePath) => Valid(ScenarioLoader.LoadFile(RepositoryPaths.Scenario(relativePath)));

    /// <summary>Scenario text written in a test.</summary>
    public static Scenario FromYaml(string yaml, string fileName = "test.yaml") => Valid(ScenarioLoader.LoadText(yaml, fileName));

    /// <summary>The calibrated Cambridgeshire 2021/22 baseline as shipped: a year, one force, one control room.</summary>
    public static Scenario Cambridgeshire() => Load("cambridgeshire-2022.yaml");

    /// <summary>The shipped Eastern region: six forces, shared and joint control rooms, borders.</summary>
    public static Scenario EasternRegion() => Load("eastern-region.yaml");

    /// <summary>The Cambridgeshire baseline cut to a short, cheap run for mechanism tests.</summary>
    public static Scenario ShortCambridgeshire(double days = 120, int replications = 3) =>
        Cambridgeshire().Shorten(days, replications);

    /// <summary>
    /// A short, cheap run of <paramref name="scenario"/>: <paramref name="days"/> measured after a warm-up, over
    /// <paramref name="replications"/> replications. Reads as <c>scenario.Shorten(…)</c> or <c>TestScenarios.Shorten(scenario, …)</c>.
    /// </summary>
    public static Scenario Shorten(this Scenario scenario, double days, int replications, double warmupDays = 14) =>
        scenario.WithHorizonDays(days).WithWarmupDays(warmupDays).WithReplications(replications);

    private static Scenario Valid(ScenarioLoadResult loaded)
    {
        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Problems));
        return loaded.Scenario!;
    }
}
