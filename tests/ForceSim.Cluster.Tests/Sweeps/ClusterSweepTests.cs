using System.Text.RegularExpressions;
using ForceSim.Cli;
using ForceSim.Cluster.Tests.Support;

namespace ForceSim.Cluster.Tests.Sweeps;

/// <summary><c>forcesim sweep --cluster</c>: the variants' replications run on silo processes; the files are those of a local sweep.</summary>
public sealed class ClusterSweepTests
{
    [RedisFact]
    public async Task A_sweep_on_a_cluster_writes_the_same_csv_and_parquet_as_a_local_sweep_and_resubmitting_reattaches()
    {
        using var bed = await ClusterTestBed.StartAsync(2, "--workers", "1");
        var scenario = CliProcess.Scenario("validation/erlang-c.yaml").Replace("\\", "/", StringComparison.Ordinal);
        var experiment = bed.Folder.Write("experiment.yaml", $"""
            name: Erlang C staffing sweep
            scenario: {scenario}
            replications: 2
            design:
              type: factorial
              factors:
                - path: control_rooms[0].call_handlers.shifts[0].staff
                  values: [9, 12]
            measures: [contact.emergency_mean_answer_seconds, contact.handler_utilisation]
            """);

        var onCluster = await CliProcess.RunAsync(bed.Folder.Path, TimeSpan.FromMinutes(3), ["sweep", experiment, "--set", "run.horizon_days=3", "--cluster", bed.Cluster, "-o", bed.Folder["on-cluster"]]);
        var local = await CliProcess.RunAsync(bed.Folder.Path, ["sweep", experiment, "--set", "run.horizon_days=3", "-o", bed.Folder["local"]]);
        var again = await CliProcess.RunAsync(bed.Folder.Path, TimeSpan.FromMinutes(3), ["sweep", experiment, "--set", "run.horizon_days=3", "--cluster", bed.Cluster, "--fresh", "-o", bed.Folder["again"]]);

        Assert.True(onCluster.ExitCode == ExitCodes.Success, onCluster + Environment.NewLine + bed.Logs);
        Assert.True(local.ExitCode == ExitCodes.Success, local.ToString());
        Assert.True(again.ExitCode == ExitCodes.Success, again + Environment.NewLine + bed.Logs);
        foreach (var file in new[] { "sweep.csv", "sweep.parquet", "variants.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(bed.Folder["local"], file)), File.ReadAllBytes(Path.Combine(bed.Folder["on-cluster"], file)));
            Assert.Equal(File.ReadAllBytes(Path.Combine(bed.Folder["local"], file)), File.ReadAllBytes(Path.Combine(bed.Folder["again"], file)));
        }

        // The second submission re-attached to the same experiments, already finished: no replication ran twice.
        var first = Regex.Matches(onCluster.Output, @"variant \d+: experiment (\S+)").Select(m => m.Groups[1].Value).ToList();
        var second = Regex.Matches(again.Output, @"variant \d+: experiment (\S+)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, first.Count);
        Assert.Equal(first, second);
        foreach (var id in first)
        {
            var status = await CliProcess.RunAsync(bed.Folder.Path, "status", id, "--cluster", bed.Cluster, "--json");
            Assert.True(status.ExitCode == ExitCodes.Success, status.ToString());
            var parsed = StatusJson.Parse(status.StandardOutput);
            Assert.True(parsed.IsFinished);
            Assert.All(parsed.Executions, e => Assert.Equal(1, e));
        }
    }
}
