namespace ForceSim.Cli.Tests.Commands;

/// <summary><c>--experiment</c> of <c>compare</c> and <c>budget</c> names an experiment on a cluster, so it needs <c>--cluster</c>.</summary>
public sealed class ExperimentOptionTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string[]> Commands => new()
    {
        { new[] { "compare", CliProcess.Scenario("validation/erlang-c.yaml"), CliProcess.Scenario("validation/erlang-c.yaml") } },
        { new[] { "budget", CliProcess.Scenario("cambridgeshire-2022.yaml"), "--extra", "100000" } },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task An_experiment_id_without_a_cluster_is_refused_with_exit_code_2_before_anything_runs(string[] command)
    {
        var result = await CliProcess.RunAsync(_temp.Path, [.. command, "--experiment", "mine", "-o", _temp["out"]]);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("--experiment names an experiment on a cluster; give --cluster too.", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["out"]), "nothing is simulated or written before the refusal");
        CliProcess.AssertNoStackTrace(result);
    }
}
