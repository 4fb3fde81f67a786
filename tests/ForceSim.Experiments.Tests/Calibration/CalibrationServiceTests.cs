using ForceSim.Experiments.Calibration;
using ForceSim.Experiments.Tests.Support;

namespace ForceSim.Experiments.Tests.Calibration;

/// <summary>
/// <c>calibrate</c> as a service on a queue whose true handling time and patience are known: it recovers them, says which
/// parameter the targets cannot see, and resumes an interrupted calibration to the same bytes.
/// </summary>
public sealed class CalibrationServiceTests : IDisposable
{
    private static readonly string[] Outputs = ["posterior.csv", "posterior.parquet", "fit.csv", "identifiability.csv", "correlations.csv", "generations.csv"];
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Calibration_recovers_the_true_values_inside_their_90_percent_intervals_with_a_posterior_narrower_than_the_prior()
    {
        var problem = await QueueCalibration.WriteAsync(_temp);

        var outcome = await CalibrationService.RunAsync(problem.Request(_temp["out"]));

        var handle = Assert.Single(outcome.Widths, w => w.Parameter == QueueCalibration.Handle);
        var patience = Assert.Single(outcome.Widths, w => w.Parameter == QueueCalibration.Patience);
        Assert.InRange(QueueCalibration.TrueHandle, handle.Lower, handle.Upper);
        Assert.InRange(QueueCalibration.TruePatience, patience.Lower, patience.Upper);
        Assert.True(handle.Ratio < 0.5 && handle.Constrained, $"handling time drives every target (ratio {handle.Ratio})");
        Assert.True(patience.Ratio < 1 && patience.Constrained, $"patience drives abandonment and answer time (ratio {patience.Ratio})");
        Assert.Equal(4, outcome.Generations.Count);
        Assert.True(outcome.Generations[^1].Tolerance < outcome.Generations[1].Tolerance, "each generation's tolerance is tighter than the last");
        Assert.All(outcome.Fit, r => Assert.True(r.Inside, $"{r.Target}: {r.Observed} outside {r.Lower}-{r.Upper}"));
        Assert.False(Directory.Exists(Path.Combine(_temp["out"], ".calibration-checkpoints")), "checkpoints are deleted once the outputs are written");
    }

    [Fact]
    public async Task A_parameter_no_target_depends_on_is_reported_as_not_identified()
    {
        var problem = await QueueCalibration.WriteAsync(_temp);

        var outcome = await CalibrationService.RunAsync(problem.Request(_temp["out"]) with { Generations = 3 });

        var unseen = Assert.Single(outcome.Widths, w => w.Parameter == QueueCalibration.AnswerTarget);
        Assert.False(unseen.Constrained, $"the answer target moves no target, so its posterior keeps the prior's width (ratio {unseen.Ratio})");
        Assert.Contains("answer_target_seconds", File.ReadAllLines(Path.Combine(_temp["out"], "identifiability.csv")).Single(l => l.Contains("answer_target_seconds", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith(",false", File.ReadAllLines(Path.Combine(_temp["out"], "identifiability.csv")).Single(l => l.Contains("answer_target_seconds", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interrupted_calibration_resumes_from_its_saved_simulations_to_byte_identical_outputs()
    {
        var problem = await QueueCalibration.WriteAsync(_temp);
        var request = problem.Request(_temp["whole"]) with { Generations = 3 };
        await CalibrationService.RunAsync(request);
        using var cancel = new CancellationTokenSource();
        var stop = new Reports<CalibrationProgress>(p =>
        {
            if (p is SimulationsFinished { Generation: 1, Done: >= 45 })
            {
                cancel.Cancel();
            }
        });

        var interrupted = await Assert.ThrowsAsync<WorkInterruptedException>(() => CalibrationService.RunAsync(request with { OutputDirectory = _temp["resumed"] }, stop, cancel.Token));
        var reports = new List<CalibrationProgress>();
        var resumed = await CalibrationService.RunAsync(request with { OutputDirectory = _temp["resumed"], Parallelism = 1 }, new Reports<CalibrationProgress>(reports.Add));

        Assert.True(interrupted.Saved >= 45, $"{interrupted.Saved} simulations saved");
        Assert.True(Assert.IsType<CalibrationStarting>(reports[0]).Resumed >= 45);
        Assert.True(resumed.Resumed >= 45);
        foreach (var file in Outputs)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(_temp["whole"], file)), File.ReadAllBytes(Path.Combine(_temp["resumed"], file)));
        }
    }

    [Fact]
    public async Task A_fitted_parameter_the_assumptions_do_not_declare_is_refused_before_anything_runs()
    {
        var problem = await QueueCalibration.WriteAsync(_temp);
        var text = File.ReadAllText(problem.TargetsPath).Replace("targets:\n", $"fit:\n  - {QueueCalibration.Handle.Replace("mean", "maen", StringComparison.Ordinal)}\ntargets:\n", StringComparison.Ordinal);
        File.WriteAllText(problem.TargetsPath, text);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => CalibrationService.RunAsync(problem.Request(_temp["out"])));

        Assert.Contains($"{problem.TargetsPath}:5:5: fit[0]: ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"did you mean '{QueueCalibration.Handle}'?", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["out"]), "nothing ran, so no output folder");
    }

    [Fact]
    public async Task An_impossible_prior_is_refused_with_the_assumptions_file_line_and_key_path_before_anything_runs()
    {
        var problem = await QueueCalibration.WriteAsync(_temp);
        var assumptions = _temp["queue-assumptions.yaml"];
        File.WriteAllText(assumptions, File.ReadAllText(assumptions).Replace("high: 7, reason: test}", "high: 7, reason: test, prior: {dist: normal, mean: 5, sd: -1}}", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => CalibrationService.RunAsync(problem.Request(_temp["out"])));

        Assert.Contains($"{assumptions}:3:", error.Message, StringComparison.Ordinal);
        Assert.Contains("parameters[0].prior.sd:", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["out"]), "nothing ran, so no output folder");
    }

    [Fact]
    public async Task A_target_naming_a_measure_the_engine_does_not_report_is_refused_with_its_line_and_key_path()
    {
        var problem = await QueueCalibration.WriteAsync(_temp);
        File.WriteAllText(problem.TargetsPath, File.ReadAllText(problem.TargetsPath).Replace("contact.handler_utilisation", "contact.handler_utilization", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => CalibrationService.RunAsync(problem.Request(_temp["out"])));

        Assert.Contains($"{problem.TargetsPath}:7:", error.Message, StringComparison.Ordinal);
        Assert.Contains("targets[2].measure: 'contact.handler_utilization' is not a measure the engine reports for this scenario; did you mean 'contact.handler_utilisation'?", error.Message, StringComparison.Ordinal);
    }
}
