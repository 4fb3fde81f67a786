using ForceSim.Grains.Runs;
using ForceSim.Grains.Tests.Support;

namespace ForceSim.Grains.Tests.Runs;

/// <summary>
/// The national scenario (43 forces) on the grain host, with victims resting after half a simulated day so that many
/// hand their state to the coordinator's file and some are brought back from it: the results must not change.
/// </summary>
public sealed class NationalGrainHostTests(EmbeddedSiloFixture silo) : IClassFixture<EmbeddedSiloFixture>
{
    [Fact]
    public async Task England_and_Wales_gives_byte_identical_results_on_the_grain_host_with_victims_resting()
    {
        var scenario = TestScenarios.Load("england-wales.yaml").Shorten(days: 2, replications: 1, warmupDays: 0);

        var inProcess = await HostComparison.InProcessResultsAsync(scenario);
        var run = await GrainHostRun.RunAsync(silo.Grains, scenario, replication: 0, victimRestMinutes: 720);
        await GrainHostRun.ReleaseAsync(silo.Grains, run.Run);

        Assert.Equal(inProcess, HostComparison.Render(scenario, run.Result));
        Assert.True(run.Output.VictimsResting > run.Output.Victims / 10, $"{run.Output.VictimsResting} of {run.Output.Victims} victims were resting at the end");
        Assert.Contains("\"west_midlands\"", inProcess, StringComparison.Ordinal);
    }
}
