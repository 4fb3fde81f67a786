using ForceSim.Grains.Runs;
using ForceSim.Grains.Tests.Support;

namespace ForceSim.Grains.Tests.Runs;

/// <summary>The architecture's promise: the grain host and the in-process host give byte-identical results.json.</summary>
public sealed class HostEqualityTests(EmbeddedSiloFixture silo) : IClassFixture<EmbeddedSiloFixture>
{
    [Fact]
    public async Task A_Cambridgeshire_year_gives_byte_identical_results_on_the_grain_host()
    {
        var scenario = TestScenarios.Cambridgeshire().WithReplications(2);

        var inProcess = await HostComparison.InProcessResultsAsync(scenario);
        var grains = await HostComparison.GrainHostResultsAsync(silo.Grains, scenario);

        Assert.Equal(inProcess, grains);
    }

    [Fact]
    public async Task The_eastern_region_gives_byte_identical_results_on_the_grain_host()
    {
        var scenario = TestScenarios.EasternRegion().WithReplications(1);

        var inProcess = await HostComparison.InProcessResultsAsync(scenario);
        var grains = await HostComparison.GrainHostResultsAsync(silo.Grains, scenario);

        Assert.Equal(inProcess, grains);
        Assert.Contains("\"norfolk\"", grains, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Victims_sent_to_rest_every_day_change_no_result()
    {
        // A zero rest horizon sends every victim through hand-over, deactivation and restore again and again.
        var scenario = TestScenarios.ShortCambridgeshire(days: 45, replications: 1);

        var inProcess = await HostComparison.InProcessResultsAsync(scenario);
        var run = await GrainHostRun.RunAsync(silo.Grains, scenario, replication: 0, victimRestMinutes: 0);
        var grains = HostComparison.Render(scenario, run.Result);

        Assert.Equal(inProcess, grains);
        Assert.True(run.Output.VictimsResting > run.Output.Victims / 2, $"{run.Output.VictimsResting} of {run.Output.Victims} victims were resting at the end");
    }

    [Fact]
    public async Task A_week_s_rest_horizon_keeps_only_recently_active_victims_in_memory()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 90, replications: 1);

        var run = await GrainHostRun.RunAsync(silo.Grains, scenario, replication: 0);

        var inMemory = run.Output.Victims - run.Output.VictimsResting;
        Assert.True(inMemory < run.Output.Victims / 4, $"{inMemory} of {run.Output.Victims} victims still in memory at the end");
    }
}
