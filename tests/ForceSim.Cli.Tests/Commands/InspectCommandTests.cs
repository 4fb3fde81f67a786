namespace ForceSim.Cli.Tests.Commands;

/// <summary><c>forcesim inspect</c> replays a replication and shows one entity.</summary>
public sealed class InspectCommandTests : IDisposable
{
    private static readonly string[] Short = ["--set", "run.horizon_days=10", "--set", "run.warmup_days=0"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_victim_s_journey_lists_their_contacts_with_grade_and_confidence()
    {
        var result = await CliProcess.RunAsync(_temp.Path, ["inspect", "victim", "1", CliProcess.Scenario("cambridgeshire-2022.yaml"), .. Short]);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("Victim 1 (cambridgeshire):", result.Output, StringComparison.Ordinal);
        Assert.Contains("contact", result.Output, StringComparison.Ordinal);
        Assert.Contains("graded", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_s_shift_log_counts_rostered_worked_and_abstracted_shifts()
    {
        var result = await CliProcess.RunAsync(_temp.Path, ["inspect", "unit", "0", CliProcess.Scenario("cambridgeshire-2022.yaml"), .. Short]);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("Rostered shifts", result.Output, StringComparison.Ordinal);
        Assert.Contains("Committed to incidents", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("victim", "123456789")]
    [InlineData("unit", "100000")]
    public async Task An_unknown_entity_is_bad_input_without_a_stack_trace(string kind, string id)
    {
        var result = await CliProcess.RunAsync(_temp.Path, ["inspect", kind, id, CliProcess.Scenario("cambridgeshire-2022.yaml"), .. Short]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"no {kind}", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }
}
