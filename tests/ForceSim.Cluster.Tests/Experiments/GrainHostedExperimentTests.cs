using ForceSim.Cli;
using ForceSim.Cluster.Tests.Support;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;

namespace ForceSim.Cluster.Tests.Experiments;

/// <summary>
/// `run --cluster --host grains`: each replication runs on the grain host with its grains spread over the silo processes,
/// and still gives the in-process bytes, even when a silo holding part of a run is killed.
/// </summary>
public sealed class GrainHostedExperimentTests
{
    private static readonly string[] Files = ["results.json", "replications.csv", "force-replications.csv"];

    [RedisFact]
    public async Task A_grain_hosted_experiment_across_two_silos_gives_the_in_process_bytes()
    {
        string[] scenario = ["run", CliProcess.Scenario("cambridgeshire-2022.yaml"), "-r", "3", "--set", "run.horizon_days=30"];
        using var bed = await ClusterTestBed.StartAsync(2, "--workers", "1");

        var onCluster = await CliProcess.RunAsync(bed.Folder.Path, TimeSpan.FromMinutes(4), [.. scenario, "--host", "grains", "--cluster", bed.Cluster, "--experiment", "on-grains", "-o", bed.Folder["on-cluster"]]);
        var local = await CliProcess.RunAsync(bed.Folder.Path, [.. scenario, "-o", bed.Folder["in-process"]]);

        Assert.True(onCluster.ExitCode == ExitCodes.Success, onCluster + Environment.NewLine + bed.Logs);
        Assert.Contains("grain host: each replication's grains spread over the silos", onCluster.Output, StringComparison.Ordinal);
        Assert.True(local.ExitCode == ExitCodes.Success, local.ToString());
        AssertSameFiles(bed.Folder["in-process"], bed.Folder["on-cluster"]);

        var json = await CliProcess.RunAsync(bed.Folder.Path, "status", "on-grains", "--cluster", bed.Cluster, "--json");
        Assert.True(json.ExitCode == ExitCodes.Success, json.ToString());
        Assert.All(StatusJson.Parse(json.StandardOutput).Executions, e => Assert.Equal(1, e));
        Assert.Contains("\"host\": \"grains\"", json.StandardOutput, StringComparison.Ordinal);
        var plain = await CliProcess.RunAsync(bed.Folder.Path, "status", "on-grains", "--cluster", bed.Cluster);
        Assert.Contains("Runs on: grain host", plain.Output, StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task Killing_a_silo_mid_way_reruns_the_grain_hosted_runs_it_broke_and_changes_no_result()
    {
        const int Replications = 9;
        string[] scenario = ["run", CliProcess.Scenario("cambridgeshire-2022.yaml"), "-r", $"{Replications}", "--set", "run.horizon_days=60"];
        using var bed = await ClusterTestBed.StartAsync(3, "--workers", "1");
        var output = bed.Folder["on-cluster"];
        using var client = CliProcess.Start(bed.Folder.Path, [.. scenario, "--host", "grains", "--cluster", bed.Cluster, "--experiment", "grains-loss", "-o", output]);
        var clientOut = client.StandardOutput.ReadToEndAsync();
        var clientErr = client.StandardError.ReadToEndAsync();
        try
        {
            await using var watcher = await ClusterConnection.ConnectAsync(ClusterAddress.Parse(bed.Cluster));
            var experiment = watcher.Grains.GetGrain<IExperimentGrain>("grains-loss");
            var before = await WaitUntilMidRun(experiment, bed, slots: 3);
            // Every silo holds grains of every running run, so the runs on the other silos lose part of their state too.
            var victim = bed.Silos[^1];
            victim.Kill();

            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await client.WaitForExitAsync(deadline.Token);
            Assert.True(client.ExitCode == ExitCodes.Success, $"{await clientOut}{Environment.NewLine}{await clientErr}{Environment.NewLine}{bed.Logs}");

            var after = await experiment.Status();
            Assert.True(after.IsFinished);
            Assert.All(before.Finished, r => Assert.Equal(1, after.Executions[r]));
            Assert.Equal(Replications, after.FinishedBySilo.Values.Sum());
            // At least two runs were a third of the way through, each with grains on every silo: the kill broke them.
            Assert.True(after.Executions.Sum() > Replications, $"no run was re-run: executions {string.Join(",", after.Executions)}{Environment.NewLine}{bed.Logs}");
            Assert.Contains("handing it back to run again", bed.Logs, StringComparison.Ordinal);

            var local = await CliProcess.RunAsync(bed.Folder.Path, [.. scenario, "-o", bed.Folder["in-process"]]);
            Assert.True(local.ExitCode == ExitCodes.Success, local.ToString());
            AssertSameFiles(bed.Folder["in-process"], output);
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
    /// Waits until the third wave of replications (one per slot) is about a third of the way through, timed by the second
    /// wave (the first also pays for the JIT, so a third of it can be past a warm wave's end), and returns the status then.
    /// Killing as a wave ends would find the runs already computed, only handing their results in.
    /// </summary>
    private static async Task<ExperimentStatus> WaitUntilMidRun(IExperimentGrain experiment, ClusterTestBed bed, int slots)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        DateTime? firstWaveEnded = null;
        DateTime? secondWaveEnded = null;
        var wave = TimeSpan.Zero;
        while (DateTime.UtcNow < deadline)
        {
            var status = await experiment.Status();
            Assert.False(status.IsFinished, "the experiment finished before a silo could be killed mid-way");
            var now = DateTime.UtcNow;
            if (status.Done >= slots && firstWaveEnded is null)
            {
                firstWaveEnded = now;
            }

            if (status.Done >= 2 * slots && secondWaveEnded is null && firstWaveEnded is not null)
            {
                secondWaveEnded = now;
                wave = now - firstWaveEnded.Value;
            }

            if (secondWaveEnded is not null && now - secondWaveEnded.Value >= wave / 3 && status.Running.Count >= 2)
            {
                return status;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the experiment never got under way" + Environment.NewLine + bed.Logs);
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        foreach (var file in Files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))),
                $"{file} differs between {expected} and {actual}");
        }
    }
}
