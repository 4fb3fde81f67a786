using ForceSim.Cli;
using ForceSim.Cluster.Tests.Support;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;

namespace ForceSim.Cluster.Tests.Experiments;

/// <summary>Redis restarting mid-experiment (append-only file kept) costs the silos and the experiment nothing.</summary>
public sealed class RedisRestartTests
{
    private static readonly string[] Scenario = ["run", CliProcess.Scenario("cambridgeshire-2022.yaml"), "-r", "10", "--set", "run.horizon_days=90"];

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
            await using (var watcher = await ClusterConnection.ConnectAsync(ClusterAddress.Parse(bed.Cluster)))
            {
                var experiment = watcher.Grains.GetGrain<IExperimentGrain>("redis-restart");
                var deadline = DateTime.UtcNow.AddSeconds(90);
                while ((await experiment.Status()).Done < 2)
                {
                    Assert.True(DateTime.UtcNow < deadline, "the experiment never got under way" + Environment.NewLine + bed.Logs);
                    await Task.Delay(50);
                }
            }

            await bed.Redis.RestartAsync(TimeSpan.FromSeconds(2));

            using var wait = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await client.WaitForExitAsync(wait.Token);
            Assert.True(client.ExitCode == ExitCodes.Success, $"{await clientOut}{Environment.NewLine}{await clientErr}{Environment.NewLine}{bed.Logs}");
            Assert.All(bed.Silos, s => Assert.False(s.HasExited, s.Output));

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
