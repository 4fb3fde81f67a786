namespace ForceSim.Cli.Tests.Commands;

/// <summary><c>extends:</c> overlays and <c>--set</c> options through the real <c>forcesim validate</c> and <c>forcesim run</c>.</summary>
public sealed class OverlayCommandTests : IDisposable
{
    private const string Overlay = """
        extends: base.yaml
        name: Erlang C with a reserved handler
        control_rooms:
          - id: textbook_room
            call_handlers:
              reserved_for_emergency: 1
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Validate_accepts_an_overlay_that_extends_a_scenario()
    {
        _temp.CopyScenario("validation/erlang-c.yaml", "base.yaml");
        var overlay = _temp.Write("overlay.yaml", Overlay);

        var result = await CliProcess.RunAsync(_temp.Path, "validate", overlay);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("valid — \"Erlang C with a reserved handler\"", result.Output, StringComparison.Ordinal);
        Assert.Equal("", result.StandardError);
    }

    [Fact]
    public async Task Validate_reports_problems_against_the_base_or_the_overlay_file_they_are_in()
    {
        var basePath = _temp.CopyScenario("validation/erlang-c.yaml", "base.yaml", "  replications: 20", "  replicatons: 20");
        var overlay = _temp.Write("overlay.yaml", Overlay + "\nrun: {horizon_days: 99999}\n");

        var result = await CliProcess.RunAsync(_temp.Path, "validate", overlay);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains($"{overlay}:{LineOf(overlay, "horizon_days")}:21: run.horizon_days: must be a number from 1 to 3660 (got 99999)", result.StandardError, StringComparison.Ordinal);
        Assert.Contains($"{basePath}:{LineOf(basePath, "replicatons")}:3: run.replicatons: unknown key 'replicatons'; did you mean 'replications'?", result.StandardError, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Validate_applies_set_options_given_before_or_after_the_scenario()
    {
        var path = CliProcess.Scenario("validation/erlang-c.yaml");

        var result = await CliProcess.RunAsync(_temp.Path, "validate", "--set", "name=Renamed", path, "--set", "run.seed=5");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("valid — \"Renamed\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_lists_every_bad_set_option_by_position_and_exits_2()
    {
        var path = CliProcess.Scenario("validation/erlang-c.yaml");

        var result = await CliProcess.RunAsync(
            _temp.Path, "validate", path, "--set", "run.replicatons=3", "--set", "forces.textbook_forse.demand.annual_volume.emergency=*1.1", "--set", "name=+1", "--set", "oops");

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("4 problem(s)", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("--set:1:0: run.replicatons: unknown key 'replicatons'; did you mean 'replications'?", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("--set:2:0: forces.textbook_forse.demand.annual_volume.emergency: 'forces' has no item with id 'textbook_forse'; did you mean 'textbook_force'?", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("--set:3:0: name: is 'Validation - Erlang C (M/M/10, rho 0.8)', not a number, so '+1' cannot change it", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("--set:4:0: 'oops' is not PATH=VALUE", result.StandardError, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Run_of_an_overlay_with_set_options_runs_the_changed_scenario()
    {
        _temp.CopyScenario("validation/erlang-c.yaml", "base.yaml");
        var overlay = _temp.Write("overlay.yaml", Overlay);
        var output = _temp["out"];

        var result = await CliProcess.RunAsync(
            _temp.Path, "run", overlay, "-r", "2", "--set", "run.horizon_days=5", "--set", "control_rooms[0].call_handlers.shifts[0].staff=+1", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("Erlang C with a reserved handler", result.Output, StringComparison.Ordinal);
        Assert.Contains("2 replication(s) of 5 days", result.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "results.json")));
    }

    [Theory]
    [InlineData("run.horizon_days", "--set:1:0: 'run.horizon_days' is not PATH=VALUE")]
    [InlineData("run.horizon_days=*x", "--set:1:0: run.horizon_days: '*x' is not a relative change")]
    [InlineData("run.horizon_dayz=5", "--set:1:0: run.horizon_dayz: unknown key 'horizon_dayz'; did you mean 'horizon_days'?")]
    [InlineData("run.horizon_days=-100", "--set:1:0: run.horizon_days: must be a number from 1 to 3660 (got -70)")]
    public async Task Run_with_a_bad_set_option_exits_2_without_a_stack_trace_and_writes_nothing(string option, string message)
    {
        var output = _temp["out"];

        var result = await CliProcess.RunAsync(_temp.Path, "run", CliProcess.Scenario("validation/erlang-c.yaml"), "-r", "2", "--set", option, "-o", output);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains(message, result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Set_run_seed_gives_byte_identical_results_to_the_seed_option()
    {
        var path = CliProcess.Scenario("validation/erlang-c.yaml");
        var viaSet = _temp["via-set"];
        var viaSeed = _temp["via-seed"];

        var first = await CliProcess.RunAsync(_temp.Path, "run", path, "-r", "2", "--set", "run.horizon_days=5", "--set", "run.seed=5", "-o", viaSet);
        var second = await CliProcess.RunAsync(_temp.Path, "run", path, "-r", "2", "--set", "run.horizon_days=5", "-s", "5", "-o", viaSeed);

        Assert.True(first.ExitCode == ExitCodes.Success, first.ToString());
        Assert.True(second.ExitCode == ExitCodes.Success, second.ToString());
        var a = File.ReadAllBytes(Path.Combine(viaSet, "results.json"));
        var b = File.ReadAllBytes(Path.Combine(viaSeed, "results.json"));
        Assert.True(a.AsSpan().SequenceEqual(b), "results.json differs between --set run.seed=5 and -s 5");
    }

    private static int LineOf(string path, string text) =>
        Array.FindIndex(File.ReadAllLines(path), l => l.Contains(text, StringComparison.Ordinal)) + 1;
}
