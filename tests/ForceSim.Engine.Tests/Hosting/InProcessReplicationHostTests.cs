using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Running;
using ForceSim.Engine.Victims;

namespace ForceSim.Engine.Tests.Hosting;

/// <summary>The in-process host behind the runner's host hook, and what it keeps of replication 0 while that run is in memory.</summary>
public sealed class InProcessReplicationHostTests
{
    private static readonly CompiledScenario Model = new(TestScenarios.ShortCambridgeshire(days: 30, replications: 3));

    [Fact]
    public async Task Replication_0_s_missed_repeat_victims_are_kept_from_its_own_run_and_match_a_replay()
    {
        var host = new InProcessReplicationHost(missedVictimsToKeep: 2);

        var result = await host.RunAsync(Model, 0, keepTally: false, CancellationToken.None);
        var kept = await host.MissedRepeatVictimsAsync(CancellationToken.None);
        var replay = new InProcessRun(Model, replication: 0);
        replay.Run();

        Assert.NotNull(kept);
        Assert.Equal(2, kept.Count);
        Assert.Equal(MissedRepeatVictims.From(replay, count: 2).Select(v => v.Id), kept.Select(v => v.Id));
        Assert.All(kept, v => Assert.True(MissedRepeatVictims.IsMissed(v.Steps)));
        Assert.Equal(ReplicationRunner.Run(Model, 0).Measures, result.Measures);
    }

    [Fact]
    public async Task A_host_recalls_nothing_until_replication_0_has_run_on_it()
    {
        var host = new InProcessReplicationHost(missedVictimsToKeep: 2);

        await host.RunAsync(Model, 1, keepTally: false, CancellationToken.None);

        Assert.Null(await host.MissedRepeatVictimsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Keeping_the_first_tally_keeps_replication_0_s_alone_and_changes_no_measure()
    {
        var scenario = Model.Scenario;

        var first = await ExperimentRunner.RunAsync(scenario, new ExperimentOptions { KeepFirstTally = true });
        var none = await ExperimentRunner.RunAsync(scenario);

        Assert.NotNull(first.Replications[0].Tally);
        Assert.All(first.Replications.Skip(1), r => Assert.Null(r.Tally));
        Assert.All(none.Replications, r => Assert.Null(r.Tally));
        Assert.Equal(none.Replications.Select(r => r.Measures), first.Replications.Select(r => r.Measures));
    }

    [Fact]
    public async Task A_cancelled_batch_stops_with_the_replications_it_finished_reported()
    {
        using var cancel = new CancellationTokenSource();
        var finished = new List<int>();
        var options = new ExperimentOptions
        {
            MaxParallelism = 1,
            OnFinished = r =>
            {
                finished.Add(r.Replication);
                cancel.Cancel();
            },
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExperimentRunner.RunAsync(Model.Scenario, options, cancel.Token));

        Assert.Single(finished);
    }
}
