using ForceSim.Cli;
using ForceSim.Cluster.Tests.Support;
using ForceSim.Engine;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;
using ForceSim.Testing.Scenarios;

namespace ForceSim.Cluster.Tests.Posteriors;

/// <summary>
/// <c>forcesim compare --posterior FILE --cluster</c>: the base's and the option's replications and twins run on the silos
/// as variants of one experiment, each with the parameter set drawn here (the same for base and option, so the
/// comparison stays paired), and every file is the local comparison's.
/// </summary>
public sealed class ClusterPosteriorCompareTests
{
    private const string Id = "posterior-compare";
    private static readonly TimeSpan Patient = TimeSpan.FromMinutes(4);

    [RedisFact]
    public async Task Compare_with_a_posterior_on_a_cluster_writes_the_local_files()
    {
        using var bed = await ClusterTestBed.StartAsync(2, "--workers", "1");
        var baseline = bed.Folder.CopyScenario("validation/erlang-c.yaml", "room.yaml", "horizon_days: 30", "horizon_days: 2");
        var option = bed.Folder.CopyScenario("validation/erlang-c.yaml", "more-handlers.yaml", "staff: 10}", "staff: 11}");
        File.WriteAllText(option, File.ReadAllText(option).Replace("horizon_days: 30", "horizon_days: 2", StringComparison.Ordinal));
        var posterior = bed.Folder.Write("room.posterior.csv", $"# forcesim posterior; model_version={ModelVersion.Current}; method=test\ndraw,weight,{ErlangCRoom.HandleMean}\n0,1,3.5\n1,2,4.5\n2,3,6\n");
        string[] command = ["compare", baseline, option, "-r", "3", "--posterior", posterior];

        var cluster = await CliProcess.RunAsync(bed.Folder.Path, Patient, [.. command, "--cluster", bed.Cluster, "--experiment", Id, "-o", bed.Folder["on-cluster"]]);
        var local = await CliProcess.RunAsync(bed.Folder.Path, Patient, [.. command, "-o", bed.Folder["local"]]);

        Assert.True(cluster.ExitCode == ExitCodes.Success, cluster + Environment.NewLine + bed.Logs);
        Assert.True(local.ExitCode == ExitCodes.Success, local.ToString());
        Assert.Contains("\"posterior\"", File.ReadAllText(Path.Combine(bed.Folder["local"], "more-handlers", "results.json")), StringComparison.Ordinal);
        MidReplicationVictim.AssertSameFiles(bed.Folder["local"], bed.Folder["on-cluster"]);
        await using var watcher = await ClusterConnection.ConnectAsync(ClusterAddress.Parse(bed.Cluster));
        var status = await watcher.Grains.GetGrain<IExperimentGrain>(Id).Status();
        Assert.Equal(Enumerable.Repeat(1, 12), status.VariantReplications); // each scenario's three replications and their twins
    }
}
