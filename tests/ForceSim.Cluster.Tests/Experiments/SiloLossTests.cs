using ForceSim.Cli;
using ForceSim.Cluster.Tests.Support;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;

namespace ForceSim.Cluster.Tests.Experiments;

/// <summary>A silo SIGKILLed mid-experiment costs no finished replication and changes no result.</summary>
public sealed class SiloLossTests
{
    private const string Id = "silo-loss";
    private const int Replications = 16;

    private static readonly string[] Scenario = ["run", CliProcess.Scenario("cambridgeshire-2022.yaml"), "-r", "16", "--set", "run.horizon_days=90"];

    [RedisFact]
    public async Task Killing_a_silo_mid_experiment_reruns_only_its_unfinished_replication_and_gives_identical_results()
    {
        using var bed = await ClusterTestBed.StartAsync(3, "--workers", "1");
        var address = ClusterAddress.Parse(bed.Cluster);
        var output = bed.Folder["on-cluster"];
        using var client = CliProcess.Start(bed.Folder.Path, [.. Scenario, "--cluster", bed.Cluster, "--experiment", Id, "-o", output]);
        var clientOut = client.StandardOutput.ReadToEndAsync();
        var clientErr = client.StandardError.ReadToEndAsync();
        try
        {
            // Watch through a client of our own (polling a CLI process would be too slow to catch the experiment mid-way).
            await using var watcher = await ClusterConnection.ConnectAsync(address);
            var experiment = watcher.Grains.GetGrain<IExperimentGrain>(Id);
            var (victim, before) = await WaitForVictim(experiment, bed);
            victim.Kill();

            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await client.WaitForExitAsync(deadline.Token);
            Assert.True(client.ExitCode == ExitCodes.Success, $"{await clientOut}{Environment.NewLine}{await clientErr}{Environment.NewLine}{bed.Logs}");

            var after = await experiment.Status();
            Assert.True(after.IsFinished);
            // Every replication finished before the kill ran exactly once. The victim was running `inFlight` replications
            // (one slot); in the instant between our snapshot and the kill it may have finished them, and whatever it had
            // not finished was re-run elsewhere: so at most that many re-runs, and at most that many late finishes.
            var inFlight = before.Running.Values.Count(e => e == victim.Endpoint);
            Assert.All(before.Finished, r => Assert.Equal(1, after.Executions[r]));
            Assert.InRange(after.Executions.Sum() - Replications, 0, inFlight);
            Assert.Equal(Replications, after.FinishedBySilo.Values.Sum());
            var victimBefore = before.FinishedBySilo.GetValueOrDefault(victim.Endpoint);
            Assert.InRange(after.FinishedBySilo.GetValueOrDefault(victim.Endpoint), victimBefore, victimBefore + inFlight);

            var local = await CliProcess.RunAsync(bed.Folder.Path, [.. Scenario, "-o", bed.Folder["in-process"]]);
            Assert.True(local.ExitCode == ExitCodes.Success, local.ToString());
            foreach (var file in new[] { "results.json", "replications.csv", "force-replications.csv" })
            {
                Assert.True(
                    File.ReadAllBytes(Path.Combine(output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(bed.Folder[Path.Combine("in-process", file)])),
                    $"{file} differs after a silo was lost");
            }
        }
        finally
        {
            if (!client.HasExited)
            {
                client.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>Waits until some replications are finished and a silo is running one, and returns that silo with the status then.</summary>
    private static async Task<(SiloProcess Victim, ExperimentStatus Before)> WaitForVictim(IExperimentGrain experiment, ClusterTestBed bed)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            var status = await experiment.Status();
            if (status.Exists && status.Done >= 2 && status.Done <= Replications - 4)
            {
                var victim = bed.Silos.FirstOrDefault(s => status.Running.Values.Contains(s.Endpoint));
                if (victim is not null)
                {
                    return (victim, status);
                }
            }

            Assert.False(status.IsFinished, "the experiment finished before a silo could be killed mid-way");
            await Task.Delay(50);
        }

        throw new TimeoutException("the experiment never got under way" + Environment.NewLine + bed.Logs);
    }
}
