using ForceSim.Grains.Processes;
using ForceSim.Grains.Runs;
using ForceSim.Grains.Tests.Support;

namespace ForceSim.Grains.Tests.Runs;

/// <summary>A run spread over two silos: grains land on both, messages cross the wire, results do not change.</summary>
public sealed class TwoSiloRunTests(TwoSiloClusterFixture cluster) : IClassFixture<TwoSiloClusterFixture>
{
    [Fact]
    public async Task A_run_on_two_silos_spreads_its_grains_over_both_and_gives_identical_results()
    {
        var scenario = TestScenarios.EasternRegion().Shorten(days: 21, replications: 1, warmupDays: 7);

        var inProcess = await HostComparison.InProcessResultsAsync(scenario);
        var run = await GrainHostRun.RunAsync(cluster.Grains, scenario, replication: 0);
        var onGrains = HostComparison.Render(scenario, run.Result);

        Assert.Equal(inProcess, onGrains);
        var management = cluster.Grains.GetGrain<IManagementGrain>(0);
        var activations = await management.GetDetailedGrainStatistics();
        var runKey = run.Run.ToString("N");
        var ofThisRun = activations.Where(a => a.GrainId.ToString().Contains(runKey, StringComparison.Ordinal)).ToList();
        Assert.True(ofThisRun.Count > 100, $"only {ofThisRun.Count} activations of the run were found");
        var perSilo = ofThisRun.GroupBy(a => a.SiloAddress).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(2, perSilo.Count);
        Assert.All(perSilo.Values, n => Assert.True(n > ofThisRun.Count / 5, $"silo share {n} of {ofThisRun.Count} is lopsided"));
    }
}
