namespace ForceSim.Cli.Tests.Commands;

/// <summary><c>forcesim calibrate</c> through the real CLI process: a stamped posterior and a fit table on success, exit 2 on a bad targets file.</summary>
public sealed class CalibrateCommandTests : IDisposable
{
    private const string Handle = "control_rooms.textbook_room.channels.non_emergency.handle_minutes.mean";
    private static readonly string[] Tiny = ["--particles", "4", "--generations", "2", "--horizon-days", "1", "--replications-per-point", "1", "--parallel", "1"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Calibrate_writes_a_stamped_posterior_beside_the_scenario_a_fit_table_and_a_report()
    {
        var targets = WriteProblem("successes: 30");

        var result = await CliProcess.RunAsync(_temp.Path, ["calibrate", targets, "-o", _temp["out"], "--posterior-out", _temp["queue.posterior.csv"], .. Tiny]);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var posterior = File.ReadAllLines(_temp["queue.posterior.csv"]);
        Assert.StartsWith("# forcesim posterior; model_version=", posterior[0], StringComparison.Ordinal);
        Assert.EndsWith("; scenario=queue.yaml; targets=queue.targets.yaml", posterior[0], StringComparison.Ordinal);
        Assert.Equal($"draw,weight,{Handle}", posterior[1]);
        Assert.Equal(6, posterior.Length);
        Assert.True(File.Exists(_temp["queue.posterior.parquet"]));
        var fit = File.ReadAllLines(Path.Combine(_temp["out"], "fit.csv"));
        Assert.StartsWith("target,kind,measure,source,year,holdout,observed_as_reported,observed,predictive_median", fit[0], StringComparison.Ordinal);
        Assert.StartsWith("quick,binomial,contact.non_emergency_answered_within_target,", fit[1], StringComparison.Ordinal);
        Assert.Contains("Calibration", File.ReadAllText(Path.Combine(_temp["out"], "report.html")), StringComparison.Ordinal);
        Assert.Contains("width ratio", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_count_larger_than_its_base_is_a_bad_input_error_naming_file_line_and_key_path_before_anything_runs()
    {
        var targets = WriteProblem("successes: 300");

        var result = await CliProcess.RunAsync(_temp.Path, ["calibrate", targets, "-o", _temp["out"], .. Tiny]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"{targets}:8:", result.Error, StringComparison.Ordinal);
        Assert.Contains("targets[0].successes: must not exceed trials (100) (got 300)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["out"]));
    }

    [Fact]
    public async Task A_bad_targets_file_with_cluster_is_refused_with_exit_2_before_the_cluster_is_contacted()
    {
        var targets = WriteProblem("successes: 300");

        // Nothing listens on port 9: contacting it would fail as an unreachable cluster (exit 3), not as bad input.
        var result = await CliProcess.RunAsync(_temp.Path, ["calibrate", targets, "-o", _temp["out"], "--cluster", "redis://127.0.0.1:9/nowhere", .. Tiny]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("targets[0].successes: must not exceed trials (100) (got 300)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("silo", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["out"]));
    }

    [Theory]
    [InlineData("--experiment", "calibration-1", "give --cluster too")]
    [InlineData("--cluster", "redis://127.0.0.1:9/nowhere", "An experiment id must be")]
    public async Task A_cluster_option_that_cannot_work_is_refused_with_exit_2_before_anything_runs(string option, string value, string message)
    {
        var targets = WriteProblem("successes: 30");
        string[] experiment = option == "--cluster" ? ["--experiment", "no spaces allowed"] : [];

        var result = await CliProcess.RunAsync(_temp.Path, ["calibrate", targets, "-o", _temp["out"], option, value, .. experiment, .. Tiny]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["out"]));
    }

    private string WriteProblem(string successes)
    {
        _temp.CopyScenario("validation/erlang-a.yaml", "queue.yaml");
        _temp.Write("queue-assumptions.yaml", $"name: One assumption\nparameters:\n  - {{path: {Handle}, low: 4, high: 6, reason: test}}\n");
        return _temp.Write("queue.targets.yaml", $"""
            name: Tiny targets
            scenario: queue.yaml
            assumptions: queue-assumptions.yaml
            targets:
              - id: quick
                kind: binomial
                measure: contact.non_emergency_answered_within_target
                {successes}
                trials: 100
                source: test
                year: 2024
            """);
    }
}
