namespace ForceSim.Cli.Tests.Commands;

/// <summary><c>forcesim validate</c> names the cause of a broken scenario first, not the problems that follow from it.</summary>
public sealed class ValidateRootCauseTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Validate_of_a_misspelt_section_key_reports_it_alone_with_no_follow_on_errors()
    {
        var path = _temp.CopyScenario("cambridgeshire-2022.yaml", "copy.yaml", "\n    recording:", "\n    recordng:");

        var result = await CliProcess.RunAsync(_temp.Path, "validate", path);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        var lines = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal($"{path}: 1 problem(s):", lines[0]);
        Assert.Contains("forces[0].recordng: unknown key 'recordng'; did you mean 'recording'? (fix this first:", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public async Task Validate_with_a_misspelt_set_path_suggests_the_corrected_path()
    {
        var result = await CliProcess.RunAsync(
            _temp.Path, "validate", CliProcess.Scenario("cambridgeshire-2022.yaml"), "--set", "forces.cambridgeshire.investigaton.supervisors=+10");

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("did you mean 'forces.cambridgeshire.investigation.supervisors'?", result.Error, StringComparison.Ordinal);
    }
}
