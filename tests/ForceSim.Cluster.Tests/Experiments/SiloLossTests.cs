using ForceSim.Cli;
using ForceSim.Cluster.Tests.Support;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;

namespace ForceSim.Cluster.Tests.Experiments;

/// <summary>
/// A silo SIGKILLed while it is a third of the way through a replication: that replication runs again on another silo,
/// no finished replication runs twice, and the results are the same bytes.
/// </summary>
public sealed class SiloLossTests
{
    private const string Id = "silo-loss";
    private const int Replications = 12;

    // A full year per replication (about a second each), so a replication a third of the way through still has far
    // longer to go than the moment between our status poll and the kill.
    private static readonly string[] Scenario = ["run", CliProcess.Scenario("cambridgeshire-2022.yaml"), "-r", $"{Replications}"];

    [RedisFact]
    public async Task Killing_a_silo_mid_replication_reruns_that_replication_elsewhere_and_gives_identical_results()
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
            var (victim, broken, before) = await WaitForVictim(experiment, bed);
            victim.Kill();

            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            await client.WaitForExitAsync(deadline.Token);
            Assert.True(client.ExitCode == ExitCodes.Success, $"{await clientOut}{Environment.NewLine}{await clientErr}{Environment.NewLine}{bed.Logs}");

            var after = await experiment.Status();
            Assert.True(after.IsFinished);
            Assert.All(before.Finished, r => Assert.Equal(1, after.Executions[r]));
            // The replication the killed silo was part-way through ran again, on a silo still alive.
            Assert.True(after.Executions[broken] >= 2, $"replication {broken} was not re-run: executions {string.Join(",", after.Executions)}");
            Assert.DoesNotContain(broken, before.Finished);
            Assert.Equal(Replications, after.FinishedBySilo.Values.Sum());
            Assert.Equal(before.FinishedBySilo.GetValueOrDefault(victim.Endpoint), after.FinishedBySilo.GetValueOrDefault(victim.Endpoint));

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

    /// <summary>
    /// Waits until a silo has been running its current replication for between a third and a half of a replication's
    /// length (measured from the first warm ones to finish), and returns that silo, the replication and the status then.
    /// </summary>
    private static async Task<(SiloProcess Victim, int Replication, ExperimentStatus Before)> WaitForVictim(IExperimentGrain experiment, ClusterTestBed bed)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        var seenRunning = new Dictionary<int, DateTime>();
        var lengths = new List<TimeSpan>();
        HashSet<int>? startUnseen = null;
        while (DateTime.UtcNow < deadline)
        {
            var status = await experiment.Status();
            Assert.False(status.IsFinished, "the experiment finished before a silo could be killed mid-way");
            var now = DateTime.UtcNow;

            // Replications already running at the first look started at an unknown time: they time nothing and are spared.
            startUnseen ??= status.Exists ? [.. status.Running.Keys, .. status.Finished] : null;
            // Only a replication started on a silo that has already finished one is timed or chosen: a silo's first
            // replication also pays for the JIT, so timing by it would put "a third of the way" past a warm one's end.
            foreach (var (replication, holder) in status.Running.Where(r => startUnseen?.Contains(r.Key) == false))
            {
                if (status.FinishedBySilo.GetValueOrDefault(holder) >= 1)
                {
                    seenRunning.TryAdd(replication, now);
                }
            }

            foreach (var replication in status.Finished.Where(r => seenRunning.ContainsKey(r)).ToList())
            {
                lengths.Add(now - seenRunning[replication]);
                seenRunning.Remove(replication);
            }

            if (lengths.Count >= 2 && status.Finished.Count <= Replications - 4)
            {
                // Between a third and a half of the shortest warm replication seen: well under way, and far from done.
                var shortest = lengths.Min();
                var (third, half) = (shortest / 3, shortest / 2);
                foreach (var (replication, holder) in status.Running)
                {
                    if (seenRunning.TryGetValue(replication, out var since) && now - since >= third && now - since <= half
                        && bed.Silos.FirstOrDefault(s => s.Endpoint == holder) is { } victim)
                    {
                        return (victim, replication, status);
                    }
                }
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("no silo was caught mid-replication" + Environment.NewLine + bed.Logs);
    }
}
