namespace ForceSim.Cli.Tests.Commands;

/// <summary><c>--host grains</c>: the same command on an embedded Orleans silo gives the same results as the in-process host.</summary>
public sealed class GrainHostCommandTests : IDisposable
{
    private static readonly string[] ShortRegion = ["-r", "1", "--set", "run.horizon_days=21", "--set", "run.warmup_days=7"];
    private static readonly string[] ShortForce = ["--set", "run.horizon_days=20", "--set", "run.warmup_days=0"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_regional_run_on_grains_writes_the_same_results_and_prints_the_league_table_and_missed_victims()
    {
        var region = CliProcess.Scenario("eastern-region.yaml");
        var grains = await CliProcess.RunAsync(_temp.Path, TimeSpan.FromMinutes(4), ["run", region, "--host", "grains", "-o", "grains", .. ShortRegion]);
        var inProcess = await CliProcess.RunAsync(_temp.Path, ["run", region, "-o", "in-process", .. ShortRegion]);

        Assert.True(grains.ExitCode == ExitCodes.Success, grains.ToString());
        Assert.True(inProcess.ExitCode == ExitCodes.Success, inProcess.ToString());
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(_temp.Path, "in-process", "results.json")),
            File.ReadAllBytes(Path.Combine(_temp.Path, "grains", "results.json")));
        Assert.Contains("Orleans grains in an embedded silo", grains.Output, StringComparison.Ordinal);
        Assert.Contains("League table (", grains.Output, StringComparison.Ordinal);
        Assert.Contains("Repeat victims the control room did not recognise", grains.Output, StringComparison.Ordinal);
        Assert.Contains("\"host\": \"grains\"", File.ReadAllText(Path.Combine(_temp.Path, "grains", "run-info.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("victim", "1")]
    [InlineData("unit", "3")]
    public async Task Inspecting_an_entity_on_grains_shows_what_the_in_process_replay_shows(string kind, string id)
    {
        var scenario = CliProcess.Scenario("cambridgeshire-2022.yaml");
        var grains = await CliProcess.RunAsync(_temp.Path, ["inspect", kind, id, scenario, "--host", "grains", .. ShortForce]);
        var inProcess = await CliProcess.RunAsync(_temp.Path, ["inspect", kind, id, scenario, .. ShortForce]);

        Assert.True(grains.ExitCode == ExitCodes.Success, grains.ToString());
        Assert.Equal(inProcess.Output, grains.Output);
    }

    [Fact]
    public async Task A_bad_victim_rest_horizon_is_bad_input()
    {
        var result = await CliProcess.RunAsync(_temp.Path, ["run", CliProcess.Scenario("cambridgeshire-2022.yaml"), "--host", "grains", "--victim-rest-days", "soon", .. ShortForce]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--victim-rest-days", result.Error, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }
}
