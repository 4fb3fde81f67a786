using ForceSim.Cli;
using ForceSim.Cluster.Tests.Support;
using ForceSim.Engine;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;
using ForceSim.Testing.Scenarios;

namespace ForceSim.Cluster.Tests.Posteriors;

/// <summary>
/// <c>forcesim run --posterior FILE --cluster</c>: each replication and its twin run on the silos as one variant with the
/// parameter set drawn here, numbered as that replication, and the results files are the local posterior run's (as for
/// any run on a cluster, the charts of demand come from replication 0 alone, where a local run has every replication's).
/// </summary>
public sealed class ClusterPosteriorRunTests
{
    private const string Id = "posterior-run";
    private static readonly TimeSpan Patient = TimeSpan.FromMinutes(4);
    private static readonly string[] ResultsFiles = ["results.json", "replications.csv", "force-replications.csv", "grade-sensitivity.csv"];

    [RedisFact]
    public async Task Run_with_a_posterior_on_a_cluster_writes_the_local_files_and_resubmitting_reattaches()
    {
        using var bed = await ClusterTestBed.StartAsync(2, "--workers", "1");
        var scenario = bed.Folder.CopyScenario("validation/erlang-c.yaml", "room.yaml");
        var posterior = bed.Folder.Write("room.posterior.csv", $"# forcesim posterior; model_version={ModelVersion.Current}; method=test\ndraw,weight,{ErlangCRoom.HandleMean}\n0,1,3.5\n1,2,4.5\n2,3,6\n");
        string[] command = ["run", scenario, "-r", "4", "--posterior", posterior, "--set", "run.horizon_days=2"];
        string[] onCluster = [.. command, "--cluster", bed.Cluster, "--experiment", Id, "-o", bed.Folder["on-cluster"]];

        var cluster = await CliProcess.RunAsync(bed.Folder.Path, Patient, onCluster);
        var local = await CliProcess.RunAsync(bed.Folder.Path, Patient, [.. command, "-o", bed.Folder["local"]]);

        Assert.True(cluster.ExitCode == ExitCodes.Success, cluster + Environment.NewLine + bed.Logs);
        Assert.True(local.ExitCode == ExitCodes.Success, local.ToString());
        Assert.Contains("\"posterior\"", File.ReadAllText(Path.Combine(bed.Folder["local"], "results.json")), StringComparison.Ordinal);
        AssertSameResults(bed.Folder["local"], bed.Folder["on-cluster"]);
        await using var watcher = await ClusterConnection.ConnectAsync(ClusterAddress.Parse(bed.Cluster));
        var experiment = watcher.Grains.GetGrain<IExperimentGrain>(Id);
        var status = await experiment.Status();
        Assert.Equal([1, 1, 1, 1, 1, 1, 1, 1], status.VariantReplications); // four replications and their twins

        // The same command again re-attaches to the finished experiment: nothing runs twice, the files are the same.
        var again = await CliProcess.RunAsync(bed.Folder.Path, Patient, [.. command, "--cluster", bed.Cluster, "--experiment", Id, "-o", bed.Folder["again"]]);
        Assert.True(again.ExitCode == ExitCodes.Success, again + Environment.NewLine + bed.Logs);
        Assert.Equal(status.Executions, (await experiment.Status()).Executions);
        AssertSameResults(bed.Folder["local"], bed.Folder["again"]);
    }

    private static void AssertSameResults(string local, string onCluster)
    {
        foreach (var file in ResultsFiles)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(local, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(onCluster, file))), $"{file} differs from the local run's");
        }
    }
}
