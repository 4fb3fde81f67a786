namespace ForceSim.Cli.Tests.Commands;

/// <summary><c>--allow-outside-references</c> through the real CLI: an overlay whose base is outside its tree is refused without it.</summary>
public sealed class OutsideReferenceCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Validate_refuses_an_extends_outside_the_scenario_s_tree_with_exit_2_and_the_option_to_use()
    {
        _temp.CopyScenario("validation/erlang-c.yaml", "base.yaml");
        var overlay = _temp.Write("work/overlay.yaml", "extends: ../base.yaml\nname: Outside\n");

        var result = await CliProcess.RunAsync(_temp.Path, "validate", overlay);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains($"{overlay}:1:10: extends: '../base.yaml' leads to {_temp["base.yaml"]}, outside the scenario's tree", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("--allow-outside-references", result.StandardError, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Validate_with_allow_outside_references_accepts_the_same_overlay()
    {
        _temp.CopyScenario("validation/erlang-c.yaml", "base.yaml");
        var overlay = _temp.Write("work/overlay.yaml", "extends: ../base.yaml\nname: Outside\n");

        var result = await CliProcess.RunAsync(_temp.Path, "validate", overlay, "--allow-outside-references");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("valid — \"Outside\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_with_allow_outside_references_runs_an_overlay_whose_base_is_outside_its_tree()
    {
        _temp.CopyScenario("validation/erlang-c.yaml", "base.yaml");
        var overlay = _temp.Write("work/overlay.yaml", "extends: ../base.yaml\nname: Outside\n");

        var refused = await CliProcess.RunAsync(_temp.Path, "run", overlay, "-r", "1", "--set", "run.horizon_days=2", "-o", _temp["refused"]);
        var allowed = await CliProcess.RunAsync(_temp.Path, "run", overlay, "-r", "1", "--set", "run.horizon_days=2", "-o", _temp["out"], "--allow-outside-references");

        Assert.True(refused.ExitCode == ExitCodes.BadInput, refused.ToString());
        Assert.Contains("outside the scenario's tree", refused.StandardError, StringComparison.Ordinal);
        Assert.True(allowed.ExitCode == ExitCodes.Success, allowed.ToString());
        Assert.True(File.Exists(Path.Combine(_temp["out"], "results.json")));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("run")]
    [InlineData("compare")]
    [InlineData("budget")]
    [InlineData("sensitivity")]
    [InlineData("sweep")]
    [InlineData("inspect", "victim")]
    [InlineData("inspect", "unit")]
    public async Task Every_command_that_loads_a_scenario_offers_the_option(params string[] command)
    {
        var result = await CliProcess.RunAsync(_temp.Path, [.. command, "--help"]);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("--allow-outside-references", result.Output, StringComparison.Ordinal);
    }
}
