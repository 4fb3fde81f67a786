using ForceSim.Cli;
using ForceSim.Cluster.Tests.Support;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;

namespace ForceSim.Cluster.Tests.Experiments;

/// <summary>
/// Redis restarting mid-experiment (append-only file kept) costs the silos and the experiment nothing: replications
/// still unfinished when it goes down finish after it is back.
/// </summary>
public sealed class RedisRestartTests
{
    private const int Replications = 10;

    // A full year per replication (about a second each), so most replications are still to run when Redis goes down.
    private static readonly string[] Scenario = ["run", CliProcess.Scenario("cambridgeshire-2022.yaml"), "-r", $"{Replications}"];

    [RedisFact]
    public async Task An_experiment_carries_on_through_a_Redis_restart_and_gives_identical_results()
    {
        using var bed = await ClusterTestBed.StartAsync(2, "--workers", "1");
        var output = bed.Folder["on-cluster"];
        using var client = CliProcess.Start(bed.Folder.Path, [.. Scenario, "--cluster", bed.Cluster, "--experiment", "redis-restart", "-o", output]);
        var clientOut = client.StandardOutput.ReadToEndAsync();
        var clientErr = client.StandardError.ReadToEndAsync();
        try
        {
            ExperimentStatus before;
            await using (var watcher = await ClusterConnection.ConnectAsync(ClusterAddress.Parse(bed.Cluster)))
            {
                var experiment = watcher.Grains.GetGrain<IExperimentGrain>("redis-restart");
                var deadline = DateTime.UtcNow.AddSeconds(90);
                while ((before = await experiment.Status()).Done < 1)
                {
                    Assert.True(DateTime.UtcNow < deadline, "the experiment never got under way" + Environment.NewLine + bed.Logs);
                    await Task.Delay(50);
                }
            }

            // The restart must catch work unfinished, or it tests nothing.
            Assert.InRange(before.Done, 1, Replications - 4);
            await bed.Redis.RestartAsync(TimeSpan.FromSeconds(2));

            using var wait = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await client.WaitForExitAsync(wait.Token);
            Assert.True(client.ExitCode == ExitCodes.Success, $"{await clientOut}{Environment.NewLine}{await clientErr}{Environment.NewLine}{bed.Logs}");
            Assert.All(bed.Silos, s => Assert.False(s.HasExited, s.Output));
            await using (var watcher = await ClusterConnection.ConnectAsync(ClusterAddress.Parse(bed.Cluster)))
            {
                var after = await watcher.Grains.GetGrain<IExperimentGrain>("redis-restart").Status();
                Assert.True(after.IsFinished);
                Assert.Equal(Replications, after.Done);
                Assert.True(after.Done - before.Done >= 4, $"only {after.Done - before.Done} replication(s) finished after Redis came back");
                Assert.All(before.Finished, r => Assert.Equal(1, after.Executions[r]));
            }

            var local = await CliProcess.RunAsync(bed.Folder.Path, [.. Scenario, "-o", bed.Folder["in-process"]]);
            Assert.True(local.ExitCode == ExitCodes.Success, local.ToString());
            Assert.True(
                File.ReadAllBytes(Path.Combine(output, "results.json")).AsSpan().SequenceEqual(File.ReadAllBytes(bed.Folder[Path.Combine("in-process", "results.json")])),
                "results.json differs after Redis restarted");
        }
        finally
        {
            if (!client.HasExited)
            {
                client.Kill(entireProcessTree: true);
            }
        }
    }
}
