using System.Globalization;
using ForceSim.Engine.Running;
using ForceSim.Experiments.Calibration;
using ForceSim.Experiments.Scenarios;

namespace ForceSim.Experiments.Tests.Calibration;

/// <summary>
/// A small calibration problem with a known answer: the Erlang A validation queue (twelve handlers, 101 calls only) over
/// one day, whose targets are the measures the queue itself gives at its own handling time (5 min) and patience (180 s).
/// Handling time and patience move the targets; the 101 answer target (seconds) moves none of them.
/// </summary>
internal sealed class QueueCalibration
{
    public const string Handle = "control_rooms.textbook_room.channels.non_emergency.handle_minutes.mean";
    public const string Patience = "control_rooms.textbook_room.channels.non_emergency.patience_seconds.mean";
    public const string AnswerTarget = "control_rooms.textbook_room.channels.non_emergency.answer_target_seconds";
    public const double TrueHandle = 5;
    public const double TruePatience = 180;

    private QueueCalibration(string targetsPath) => TargetsPath = targetsPath;

    public string TargetsPath { get; }

    /// <summary>Writes the scenario, assumptions and targets (measured at the true values with the calibration's own seed and horizon) into <paramref name="temp"/>.</summary>
    public static async Task<QueueCalibration> WriteAsync(TempFolder temp)
    {
        var scenario = temp.CopyScenario("validation/erlang-a.yaml", "queue.yaml");
        temp.Write("queue-assumptions.yaml", $$"""
            name: Queue assumptions
            parameters:
              - {path: {{Handle}}, low: 3, high: 7, reason: test}
              - {path: {{Patience}}, low: 60, high: 400, reason: test}
              - {path: {{AnswerTarget}}, low: 20, high: 60, reason: test}
            """);
        var truth = await ExperimentRunner.RunAsync(ScenarioInput.Load(scenario, null, null, ["run.horizon_days=1", "run.replications=1", "run.seed=2002"]));
        var measures = truth.Replications[0].Measures;
        string Target(string id, string measure, double se) => string.Create(CultureInfo.InvariantCulture, $$"""
              - {id: {{id}}, kind: mean, measure: {{measure}}, mean: {{measures[measure]!.Value:R}}, standard_error: {{se}}, source: synthetic, year: 2024}
            """);
        var targets = temp.Write("queue.targets.yaml", $"""
            name: Synthetic queue targets
            scenario: queue.yaml
            assumptions: queue-assumptions.yaml
            targets:
            {Target("abandoned", "contact.non_emergency_abandoned", 0.01)}
            {Target("answer_seconds", "contact.non_emergency_mean_answer_seconds", 5)}
            {Target("utilisation", "contact.handler_utilisation", 0.01)}
            """);
        return new QueueCalibration(targets);
    }

    public CalibrationRequest Request(string output) => new()
    {
        TargetsPath = TargetsPath,
        Generations = 4,
        Particles = 30,
        ReplicationsPerPoint = 1,
        HorizonDays = 1,
        Seed = 2002,
        OutputDirectory = output,
        Parallelism = 2,
    };
}
