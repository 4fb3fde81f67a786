using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Grains.Runs;
using ForceSim.Grains.Tests.Support;

namespace ForceSim.Grains.Tests.Runs;

/// <summary>
/// The grain host behind the engine's replication host hook: same results, and replication 0 kept to be asked about
/// (its retired missed repeat victims through the journeys the run kept, the others through their grains).
/// </summary>
public sealed class GrainReplicationHostTests(EmbeddedSiloFixture silo) : IClassFixture<EmbeddedSiloFixture>
{
    [Fact]
    public async Task Replication_0_s_missed_repeat_victims_come_from_their_grains_with_the_journeys_the_in_process_host_keeps()
    {
        var model = new CompiledScenario(TestScenarios.ShortCambridgeshire(days: 60, replications: 1));
        var grains = new GrainReplicationHost(silo.Grains, missedVictimsToKeep: 2);
        var inProcess = new InProcessReplicationHost(missedVictimsToKeep: 2);

        var onGrains = await grains.RunAsync(model, 0, keepTally: false, CancellationToken.None);
        var inMemory = await inProcess.RunAsync(model, 0, keepTally: false, CancellationToken.None);
        var fromGrains = await grains.MissedRepeatVictimsAsync(CancellationToken.None);
        var fromMemory = await inProcess.MissedRepeatVictimsAsync(CancellationToken.None);

        Assert.Equal(inMemory.Measures, onGrains.Measures);
        Assert.NotNull(grains.FirstRun);
        Assert.NotNull(fromGrains);
        Assert.NotNull(fromMemory);
        Assert.Equal(2, fromMemory.Count);
        Assert.Equal(fromMemory.Select(v => v.Id), fromGrains.Select(v => v.Id));
        Assert.Equal(fromMemory.SelectMany(v => v.Steps), fromGrains.SelectMany(v => v.Steps));
        await GrainHostRun.ReleaseAsync(silo.Grains, grains.FirstRun.Run);
    }

    [Fact]
    public async Task Replication_0_s_missed_repeat_victims_that_retired_are_shown_from_the_journeys_the_run_kept_as_the_in_process_host_shows_them()
    {
        var model = new CompiledScenario(TestScenarios.ShortCambridgeshire(days: 90, replications: 1));
        var grains = new GrainReplicationHost(silo.Grains, missedVictimsToKeep: 5);
        var inProcess = new InProcessReplicationHost(missedVictimsToKeep: 5);

        await grains.RunAsync(model, 0, keepTally: false, CancellationToken.None);
        await inProcess.RunAsync(model, 0, keepTally: false, CancellationToken.None);
        var fromGrains = await grains.MissedRepeatVictimsAsync(CancellationToken.None);
        var fromMemory = await inProcess.MissedRepeatVictimsAsync(CancellationToken.None);
        await GrainHostRun.ReleaseAsync(silo.Grains, grains.FirstRun!.Run);

        Assert.NotNull(fromGrains);
        Assert.NotNull(fromMemory);
        Assert.Equal(5, fromMemory.Count);
        Assert.NotEmpty(grains.FirstRun.Output.RetiredMissedJourneys ?? []);
        Assert.Contains(fromGrains, j => grains.FirstRun.Output.RetiredMissedJourneys!.Any(r => r.Id == j.Id));
        Assert.Equal(fromMemory.Select(j => (j.Id, j.Force, j.Confidence, j.Contacts)), fromGrains.Select(j => (j.Id, j.Force, j.Confidence, j.Contacts)));
        Assert.Equal(fromMemory.SelectMany(v => v.Steps), fromGrains.SelectMany(v => v.Steps));
    }

    [Fact]
    public async Task A_host_that_keeps_no_victims_releases_replication_0_too_and_recalls_nothing()
    {
        var model = new CompiledScenario(TestScenarios.ShortCambridgeshire(days: 7, replications: 1));
        var grains = new GrainReplicationHost(silo.Grains);

        await grains.RunAsync(model, 0, keepTally: false, CancellationToken.None);

        Assert.Null(grains.FirstRun);
        Assert.Null(await grains.MissedRepeatVictimsAsync(CancellationToken.None));
    }
}
