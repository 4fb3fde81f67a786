using ForceSim.Cli;
using ForceSim.Cluster.Tests.Support;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;

namespace ForceSim.Cluster.Tests.Calibration;

/// <summary>
/// <c>forcesim calibrate --cluster</c>: each batch of proposals is added as variants of one experiment on two silo
/// processes, the statistics and the ABC-SMC steps stay in the client, and every output file is the local calibration's;
/// a client killed part-way re-attaches when the same command is given again and re-runs nothing finished.
/// </summary>
public sealed class ClusterCalibrationTests
{
    private const string Handle = "control_rooms.textbook_room.channels.non_emergency.handle_minutes.mean";
    private const string Patience = "control_rooms.textbook_room.channels.non_emergency.patience_seconds.mean";
    private const int Particles = 6;
    private static readonly TimeSpan Patient = TimeSpan.FromMinutes(4);

    /// <summary>
    /// The Erlang A queue over one day, two parameters against two targets: three generations of six particles with two
    /// replications each, a few dozen proposals of milliseconds, so the cluster's round trips dominate and it stays short.
    /// </summary>
    private static string[] Calibrate(TempFolder folder)
    {
        folder.CopyScenario("validation/erlang-a.yaml", "queue.yaml");
        folder.Write("queue-assumptions.yaml", $"""
            name: Queue assumptions
            parameters:
              - {"{"}path: {Handle}, low: 3, high: 7, reason: test{"}"}
              - {"{"}path: {Patience}, low: 60, high: 400, reason: test{"}"}
            """);
        var targets = folder.Write("queue.targets.yaml", """
            name: Queue targets
            scenario: queue.yaml
            assumptions: queue-assumptions.yaml
            targets:
              - {id: quick, kind: binomial, measure: contact.non_emergency_answered_within_target, successes: 60, trials: 100, source: test, year: 2024}
              - {id: abandoned, kind: mean, measure: contact.non_emergency_abandoned, mean: 0.05, standard_error: 0.02, source: test, year: 2024}
            """);
        return ["calibrate", targets, "--particles", $"{Particles}", "--generations", "3", "--horizon-days", "1", "--replications-per-point", "2"];
    }

    [RedisFact]
    public async Task Calibrate_on_a_cluster_writes_byte_identical_files_to_a_local_calibration()
    {
        using var bed = await ClusterTestBed.StartAsync(2, "--workers", "1");
        var command = Calibrate(bed.Folder);

        var onCluster = await CliProcess.RunAsync(bed.Folder.Path, Patient, [.. command, "--cluster", bed.Cluster, "--experiment", "calibrate-whole", "-o", bed.Folder["on-cluster"]]);
        var local = await CliProcess.RunAsync(bed.Folder.Path, Patient, [.. command, "-o", bed.Folder["local"]]);

        Assert.True(onCluster.ExitCode == ExitCodes.Success, onCluster + Environment.NewLine + bed.Logs);
        Assert.True(local.ExitCode == ExitCodes.Success, local.ToString());
        Assert.Contains("as experiment calibrate-whole", onCluster.Output, StringComparison.Ordinal);
        MidReplicationVictim.AssertSameFiles(bed.Folder["local"], bed.Folder["on-cluster"]);
        await using var watcher = await ClusterConnection.ConnectAsync(ClusterAddress.Parse(bed.Cluster));
        var status = await watcher.Grains.GetGrain<IExperimentGrain>("calibrate-whole").Status();
        Assert.True(status.IsFinished);
        Assert.True(status.VariantReplications.Count > 2 * Particles, $"{status.VariantReplications.Count} proposals: generation 0 and more ran on the cluster");
        Assert.All(status.VariantReplications, r => Assert.Equal(2, r));
        Assert.Equal(status.Total, status.FinishedBySilo.Values.Sum());
    }

    [RedisFact]
    public async Task A_calibration_whose_client_was_killed_reattaches_when_submitted_again_reruns_nothing_and_writes_the_local_files()
    {
        using var bed = await ClusterTestBed.StartAsync(2, "--workers", "1");
        var command = Calibrate(bed.Folder);
        string[] onCluster = [.. command, "--cluster", bed.Cluster, "--experiment", "calibrate-interrupted", "-o", bed.Folder["on-cluster"]];
        await using var watcher = await ClusterConnection.ConnectAsync(ClusterAddress.Parse(bed.Cluster));
        var experiment = watcher.Grains.GetGrain<IExperimentGrain>("calibrate-interrupted");

        ExperimentStatus before;
        using (var client = new BackgroundCli(bed.Folder.Path, onCluster))
        {
            // Killed once generation 1's first batch is on the cluster: generation 0 is finished there, the rest is not.
            var deadline = DateTime.UtcNow + Patient;
            while (!((before = await experiment.Status()).Exists && before.VariantReplications.Count > Particles))
            {
                Assert.False(client.Exited.IsCompleted, "the client finished before it could be killed part-way" + Environment.NewLine + bed.Logs);
                Assert.True(DateTime.UtcNow < deadline, "generation 1 never reached the cluster" + Environment.NewLine + bed.Logs);
                await Task.Delay(20);
            }
        }

        Assert.False(File.Exists(Path.Combine(bed.Folder["on-cluster"], "posterior.csv")), "the killed client wrote no outputs");
        var again = await CliProcess.RunAsync(bed.Folder.Path, Patient, onCluster);
        var local = await CliProcess.RunAsync(bed.Folder.Path, Patient, [.. command, "-o", bed.Folder["local"]]);

        Assert.True(again.ExitCode == ExitCodes.Success, again + Environment.NewLine + bed.Logs);
        Assert.True(local.ExitCode == ExitCodes.Success, local.ToString());
        MidReplicationVictim.AssertSameFiles(bed.Folder["local"], bed.Folder["on-cluster"]);
        var after = await experiment.Status();
        Assert.True(after.VariantReplications.Count > before.VariantReplications.Count, "the resubmitted calibration carried on with the generations the killed client never reached");
        Assert.All(after.Executions, e => Assert.Equal(1, e));
    }
}
