using ForceSim.Cli;
using ForceSim.Cluster.Tests.Support;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;

namespace ForceSim.Cluster.Tests.Experiments;

/// <summary>
/// <c>forcesim budget --cluster</c>: each round's mixes are added as variants of one experiment on silo processes, a silo
/// killed part-way through a replication costs only that replication, and the search's files are the local one's.
/// </summary>
public sealed class ClusterBudgetTests
{
    private const string Id = "budget-silo-loss";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    /// <summary>
    /// Cambridgeshire over 120 days, four replications a mix: the base's four items time warm replications on two
    /// single-slot silos, and the first round's eight leave room to kill one mid-way. At most three mixes (the base and
    /// one round) keep the search short.
    /// </summary>
    private static string[] Budget(TempFolder folder) =>
    [
        "budget", folder.CopyScenario("cambridgeshire-2022.yaml", "base.yaml", "horizon_days: 365", "horizon_days: 120"),
        "--extra", "300000", "--roles", "call_handler,response_officer",
        "--objective", "contact.non_emergency_mean_answer_seconds", "-r", "4", "--max-evaluations", "3",
    ];

    [RedisFact]
    public async Task Budget_on_a_cluster_that_loses_a_silo_reruns_its_replication_and_writes_the_local_files_and_resubmitting_reattaches()
    {
        using var bed = await ClusterTestBed.StartAsync(2, "--workers", "1");
        var command = Budget(bed.Folder);
        var onCluster = bed.Folder["on-cluster"];
        using var client = new BackgroundCli(bed.Folder.Path, [.. command, "--cluster", bed.Cluster, "--experiment", Id, "-o", onCluster]);
        await using var watcher = await ClusterConnection.ConnectAsync(ClusterAddress.Parse(bed.Cluster));
        var experiment = watcher.Grains.GetGrain<IExperimentGrain>(Id);

        var (victim, broken, before) = await MidReplicationVictim.FindAsync(experiment, bed, client.Exited);
        victim.Kill();
        var result = await client.WaitAsync(Patience);

        Assert.True(result.ExitCode == ExitCodes.Success, result + Environment.NewLine + bed.Logs);
        var after = await experiment.Status();
        MidReplicationVictim.AssertRerun(before, after, broken, victim);
        Assert.Equal(3, after.VariantReplications.Count); // the base, then a round of two mixes
        Assert.All(after.VariantReplications, r => Assert.Equal(4, r));
        var local = await CliProcess.RunAsync(bed.Folder.Path, Patience, [.. command, "-o", bed.Folder["local"]]);
        Assert.True(local.ExitCode == ExitCodes.Success, local.ToString());
        MidReplicationVictim.AssertSameFiles(bed.Folder["local"], onCluster);

        // The same search again replays its rounds against the finished experiment: nothing runs twice, the files are the same.
        var again = await CliProcess.RunAsync(bed.Folder.Path, Patience, [.. command, "--cluster", bed.Cluster, "--experiment", Id, "-o", bed.Folder["again"]]);
        Assert.True(again.ExitCode == ExitCodes.Success, again + Environment.NewLine + bed.Logs);
        Assert.Equal(after.Executions, (await experiment.Status()).Executions);
        MidReplicationVictim.AssertSameFiles(bed.Folder["local"], bed.Folder["again"]);
    }
}
