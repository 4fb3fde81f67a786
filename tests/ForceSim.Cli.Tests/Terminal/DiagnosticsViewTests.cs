namespace ForceSim.Cli.Tests.Terminal;

public sealed class DiagnosticsViewTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_shows_an_overloaded_runs_diagnostics_before_the_headline_table_and_withholds_its_responding_grade()
    {
        // The Cambridgeshire baseline with half its response units, over a short horizon.
        var result = await CliProcess.RunAsync(
            _temp.Path, "run", CliProcess.Scenario("cambridgeshire-2022.yaml"), "-r", "2", "-o", _temp["out"],
            "--set", "run.horizon_days=30", "--set", "run.warmup_days=7",
            "--set", "forces[0].response.shifts[0].units=16", "--set", "forces[0].response.shifts[1].units=18", "--set", "forces[0].response.shifts[2].units=14");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var output = result.StandardOutput;
        var diagnostics = output.IndexOf("NOT STABLE: demand exceeds response capacity", StringComparison.Ordinal);
        Assert.True(diagnostics >= 0, output);
        Assert.True(diagnostics < output.IndexOf("999 answered within 10 s", StringComparison.Ordinal), output);
        Assert.Contains("Responding to the public: not gradable: demand exceeds response capacity", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_shows_a_one_line_stable_note_for_a_stable_run()
    {
        var result = await CliProcess.RunAsync(_temp.Path, "run", CliProcess.Scenario("validation/erlang-c.yaml"), "-r", "2", "-o", _temp["out"], "--set", "run.horizon_days=5");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("Stable", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("NOT STABLE", result.StandardOutput, StringComparison.Ordinal);
    }
}
