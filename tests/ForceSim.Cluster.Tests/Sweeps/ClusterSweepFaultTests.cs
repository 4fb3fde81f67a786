using ForceSim.Cli;
using ForceSim.Cluster.Tests.Support;
using ForceSim.Experiments.Cluster;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;

namespace ForceSim.Cluster.Tests.Sweeps;

/// <summary>
/// A cluster sweep waiting for its variants rides out its silos dying: every silo (so also its gateway and the silo
/// holding each variant's experiment grain) is SIGKILLed and restarted, and the sweep still ends with the local files.
/// </summary>
public sealed class ClusterSweepFaultTests
{
    [RedisFact]
    public async Task A_cluster_sweep_carries_on_when_every_silo_is_killed_and_restarted_while_it_waits()
    {
        using var bed = await ClusterTestBed.StartAsync(2, "--workers", "1");
        var experiment = bed.Folder.Write("experiment.yaml", $"""
            name: Sweep through silo loss
            scenario: {CliProcess.Scenario("validation/erlang-c.yaml").Replace("\\", "/", StringComparison.Ordinal)}
            replications: 4
            design:
              type: factorial
              factors:
                - path: control_rooms[0].call_handlers.shifts[0].staff
                  values: [9, 12]
            measures: [contact.emergency_mean_answer_seconds]
            """);
        // A year per replication (over a second each): the variants are far from finished when the silos die.
        string[] sweep = ["sweep", experiment, "--set", "run.horizon_days=365"];
        using var client = new BackgroundCli(bed.Folder.Path, [.. sweep, "--cluster", bed.Cluster, "-o", bed.Folder["on-cluster"]]);

        var before = await WaitUntilUnderWay(bed);
        foreach (var silo in bed.Silos)
        {
            silo.Kill();
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        for (var i = 0; i < bed.Silos.Count; i++)
        {
            await bed.RestartSiloAsync(i);
        }

        var onCluster = await client.WaitAsync(TimeSpan.FromMinutes(5));
        Assert.True(onCluster.ExitCode == ExitCodes.Success, $"{onCluster}{Environment.NewLine}{bed.Logs}");
        // The silos died with replications unfinished, and those finished after they came back.
        Assert.True(before.Done < before.Total, $"the sweep had finished {before.Done} of {before.Total} replications before the kill");
        var local = await CliProcess.RunAsync(bed.Folder.Path, TimeSpan.FromMinutes(3), [.. sweep, "-o", bed.Folder["local"]]);
        Assert.True(local.ExitCode == ExitCodes.Success, local.ToString());
        foreach (var file in new[] { "sweep.csv", "sweep.parquet", "variants.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(bed.Folder["local"], file)), File.ReadAllBytes(Path.Combine(bed.Folder["on-cluster"], file)));
        }
    }

    /// <summary>Waits until both variants are submitted and a replication has finished: the sweep is then collecting.</summary>
    private static async Task<(int Done, int Total)> WaitUntilUnderWay(ClusterTestBed bed)
    {
        await using var watcher = await ClusterConnection.ConnectAsync(ClusterAddress.Parse(bed.Cluster));
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            var open = await watcher.Grains.GetGrain<IExperimentBoardGrain>(0).Open();
            if (open.Count == 2)
            {
                var statuses = await Task.WhenAll(open.Select(id => ExperimentWatch.PollAsync(watcher.Grains.GetGrain<IExperimentGrain>(id), CancellationToken.None)));
                var done = statuses.Sum(s => s.Done);
                if (done >= 1)
                {
                    return (done, statuses.Sum(s => s.Total));
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the sweep never got under way" + Environment.NewLine + bed.Logs);
    }
}
