namespace ForceSim.Cli.Tests.Commands;

/// <summary><c>forcesim levers</c>: the catalogue, the cost of changes and the overlay file, through the real CLI.</summary>
public sealed class LeversCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Levers_lists_the_settings_with_their_key_paths_and_current_values()
    {
        var result = await CliProcess.RunAsync(_temp.Path, "levers", CliProcess.Scenario("cambridgeshire-2022.yaml"));

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("Structured risk assessment (THRIVE)", result.Output, StringComparison.Ordinal);
        Assert.Contains("forces.cambridgeshire.investigation.supervisors", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Levers_prices_changes_and_writes_an_overlay_that_validates()
    {
        var scenario = _temp.CopyScenario("cambridgeshire-2022.yaml", "base.yaml");
        var overlay = Path.Combine(_temp.Path, "more.yaml");

        var result = await CliProcess.RunAsync(_temp.Path, "levers", scenario,
            "--set", "forces.cambridgeshire.investigation.supervisors=+15", "--overlay-out", overlay, "--name", "Fifteen more supervisors");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("All changes together", result.Output, StringComparison.Ordinal);
        Assert.Contains("--set 'forces.cambridgeshire.investigation.supervisors=43'", result.Output, StringComparison.Ordinal);
        var validate = await CliProcess.RunAsync(_temp.Path, "validate", overlay);
        Assert.True(validate.ExitCode == ExitCodes.Success, validate.ToString());
        Assert.Contains("\"Fifteen more supervisors\"", validate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_out_of_range_change_exits_2_naming_the_key_path_and_the_range()
    {
        var result = await CliProcess.RunAsync(_temp.Path, "levers", CliProcess.Scenario("cambridgeshire-2022.yaml"),
            "--set", "control_rooms[0].call_handlers.shifts[0].staff=+20000");

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("control_rooms.cambridgeshire_fcr.call_handlers.shifts[0].staff", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("0 to 10000 call handlers per shift", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }
}
