namespace ForceSim.Cli.Tests.Commands;

/// <summary><c>forcesim export cad</c> and <c>forcesim import cad</c>: an extract out of a run, and a fragment out of an extract.</summary>
public sealed class CadCommandTests : IDisposable
{
    private static readonly string[] Short = ["--set", "run.horizon_days=20", "--set", "run.warmup_days=0"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Export_then_import_writes_an_extract_and_a_fragment_for_the_force()
    {
        var extract = _temp["cambs.csv"];
        var export = await CliProcess.RunAsync(_temp.Path, ["export", "cad", CliProcess.Scenario("cambridgeshire-2022.yaml"), "--out", extract, .. Short]);
        Assert.True(export.ExitCode == ExitCodes.Success, export.ToString());
        Assert.Contains("incidents of cambridgeshire", export.Output, StringComparison.Ordinal);

        var fragment = _temp["fragment.yaml"];
        var import = await CliProcess.RunAsync(_temp.Path, ["import", "cad", extract, "--force", "cambridgeshire", "--out", fragment]);
        Assert.True(import.ExitCode == ExitCodes.Success, import.ToString());
        Assert.Contains("0 bad row(s) skipped", import.Output, StringComparison.Ordinal);
        Assert.Contains("less than a year", import.Output, StringComparison.Ordinal);
        Assert.Contains("  - id: cambridgeshire", File.ReadAllText(fragment), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_a_malformed_extract_is_bad_input_without_a_stack_trace()
    {
        var extract = _temp.Write("broken.csv", "created,channel\nyesterday,999\n");
        var result = await CliProcess.RunAsync(_temp.Path, ["import", "cad", extract, "--force", "cambridgeshire"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("the header lacks column(s) incident_type, grade", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }
}
