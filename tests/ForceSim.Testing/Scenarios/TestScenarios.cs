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
    /// The smallest world a single logical process can be driven in by hand: one control room and one force with one
    /// response unit on a 07:00 day shift of 10 hours, two investigators under one supervisor, and victims whose first
    /// crime is recorded; 30 days from time zero with no warm-up, in one replication. Every value is assumed (a test
    /// value, not a calibration). A test sets the values it relies on with the <c>With…</c> edits, e.g.
    /// <c>TestScenarios.OneForce().WithVictims(v => v with { InitialConfidence = 1 })</c>.
    /// </summary>
    public static Scenario OneForce() => FromYaml(OneForceYaml, "one-force.yaml");

    /// <summary>
    /// A short, cheap run of <paramref name="scenario"/>: <paramref name="days"/> measured after a warm-up, over
    /// <paramref name="replications"/> replications. Reads as <c>scenario.Shorten(…)</c> or <c>TestScenarios.Shorten(scenario, …)</c>.
    /// </summary>
    public static Scenario Shorten(this Scenario scenario, double days, int replications, double warmupDays = 14) =>
        scenario.WithHorizonDays(days).WithWarmupDays(warmupDays).WithReplications(replications);

    private const string OneForceYaml = """
        name: One force
        run: {seed: 7, replications: 1, warmup_days: 0, horizon_days: 30, window_minutes: 60}
        control_rooms:
          - id: room
            call_handlers: {unlimited: true}
            channels:
              emergency: {handle_minutes: {dist: constant, value: 5}}
        forces:
          - id: force
            control_room: room
            demand: {annual_volume: {emergency: 1000}}
            incident_types:
              - id: assault
                share: {emergency: 1}
                grade: emergency
                crime: {probability: 1, class: violence}
                vulnerability: 0.5
                victim: 1
                on_scene_minutes: {dist: constant, value: 60}
            response:
              shifts: [{name: day, start_hour: 7, hours: 10, units: 1}]
            recording: {probability: {violence: 1}}
            investigation:
              investigators: 2
              supervisors: 1
              lines_of_enquiry: {dist: constant, value: 3}
              hours_per_line: {dist: constant, value: 2}
        """;

    private static Scenario Valid(ScenarioLoadResult loaded)
    {
        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Problems));
        return loaded.Scenario!;
    }
}
