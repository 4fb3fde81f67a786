using ForceSim.Cli;
using ForceSim.Cluster.Tests.Support;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;

namespace ForceSim.Cluster.Tests.Experiments;

/// <summary>
/// <c>forcesim compare --cluster</c>: the base and the option run as variants of one experiment on silo processes, a
/// silo killed part-way through a replication costs only that replication, and every output file is the local one's.
/// </summary>
public sealed class ClusterCompareTests
{
    private const string Id = "compare-silo-loss";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    /// <summary>
    /// Cambridgeshire over 120 days (a fraction of a second a replication on a quiet machine, so one a fifth of the way
    /// through is far from done when killed) against 20 more call handlers; six replications each make twelve items on
    /// two single-slot silos, so warm ones are timed before the kill.
    /// </summary>
    private static string[] Compare(TempFolder folder)
    {
        var baseline = folder.CopyScenario("cambridgeshire-2022.yaml", "base.yaml", "horizon_days: 365", "horizon_days: 120");
        var option = folder.CopyScenario("whatif/plus-20-call-handlers.yaml", "more-handlers.yaml", "extends: ../cambridgeshire-2022.yaml", "extends: base.yaml");
        return ["compare", baseline, option, "-r", "6"];
    }

    [RedisFact]
    public async Task Compare_on_a_cluster_that_loses_a_silo_reruns_its_replication_and_writes_the_local_files_and_resubmitting_reattaches()
    {
        using var bed = await ClusterTestBed.StartAsync(2, "--workers", "1");
        var command = Compare(bed.Folder);
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
        Assert.Equal([6, 6], after.VariantReplications);
        var local = await CliProcess.RunAsync(bed.Folder.Path, Patience, [.. command, "-o", bed.Folder["local"]]);
        Assert.True(local.ExitCode == ExitCodes.Success, local.ToString());
        MidReplicationVictim.AssertSameFiles(bed.Folder["local"], onCluster);

        // The same command again re-attaches to the finished experiment: nothing runs twice, the files are the same.
        var again = await CliProcess.RunAsync(bed.Folder.Path, Patience, [.. command, "--cluster", bed.Cluster, "--experiment", Id, "-o", bed.Folder["again"]]);
        Assert.True(again.ExitCode == ExitCodes.Success, again + Environment.NewLine + bed.Logs);
        Assert.Equal(after.Executions, (await experiment.Status()).Executions);
        MidReplicationVictim.AssertSameFiles(bed.Folder["local"], bed.Folder["again"]);
    }
}
