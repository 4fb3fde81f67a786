using ForceSim.Cli;
using ForceSim.Cluster.Tests.Support;

namespace ForceSim.Cluster.Tests.Experiments;

/// <summary>
/// An experiment submitted by one `forcesim run --cluster` process to two silo processes, compared byte for byte with
/// the same scenario run in-process, then inspected and fetched again from other processes.
/// </summary>
public sealed class ClusterExperimentTests : IClassFixture<ClusterExperimentTests.FinishedExperiment>
{
    private readonly FinishedExperiment _run;

    public ClusterExperimentTests(FinishedExperiment run) => _run = run;

    [RedisFact]
    public void A_cluster_run_writes_results_byte_identical_to_an_in_process_run()
    {
        foreach (var file in new[] { "results.json", "replications.csv", "force-replications.csv", "grade-sensitivity.csv" })
        {
            AssertSameBytes(_run.InProcess, _run.OnCluster, file);
        }
    }

    [RedisFact]
    public async Task Status_from_another_process_shows_every_replication_finished_once_and_spread_over_both_silos()
    {
        var result = await CliProcess.RunAsync(_run.Bed.Folder.Path, "status", FinishedExperiment.Id, "--cluster", _run.Bed.Cluster, "--json");
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var status = StatusJson.Parse(result.StandardOutput);
        Assert.True(status.IsFinished);
        Assert.Equal([0, 1, 2, 3], status.Finished);
        Assert.All(status.Executions, e => Assert.Equal(1, e));
        Assert.Equal(_run.Workers.Order(StringComparer.Ordinal), status.FinishedBySilo.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(4, status.FinishedBySilo.Values.Sum());

        var plain = await CliProcess.RunAsync(_run.Bed.Folder.Path, "status", FinishedExperiment.Id, "--cluster", _run.Bed.Cluster);
        Assert.Contains($"Experiment {FinishedExperiment.Id}", plain.Output, StringComparison.Ordinal);
        Assert.Contains("finished", plain.Output, StringComparison.Ordinal);
        Assert.Contains("4/4 replications", plain.Output, StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task Results_fetched_by_another_process_are_the_same_bytes()
    {
        var folder = _run.Bed.Folder["fetched"];
        var result = await CliProcess.RunAsync(_run.Bed.Folder.Path, "results", FinishedExperiment.Id, "--cluster", _run.Bed.Cluster, "--out", folder);
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        AssertSameBytes(_run.InProcess, folder, "results.json");
        AssertSameBytes(_run.InProcess, folder, "replications.csv");
        Assert.True(File.Exists(Path.Combine(folder, "report.html")));
    }

    [RedisFact]
    public async Task Status_and_results_of_an_unknown_experiment_are_refused_with_exit_code_2()
    {
        foreach (var command in new[] { "status", "results" })
        {
            var result = await CliProcess.RunAsync(_run.Bed.Folder.Path, command, "no-such-experiment", "--cluster", _run.Bed.Cluster);
            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("No experiment 'no-such-experiment'", result.Error, StringComparison.Ordinal);
            CliProcess.AssertNoStackTrace(result);
        }
    }

    [RedisFact]
    public async Task More_replications_than_the_cluster_accepts_are_refused_by_the_cluster_with_exit_code_2()
    {
        var result = await CliProcess.RunAsync(_run.Bed.Folder.Path, [.. FinishedExperiment.Scenario, "-r", "60", "--cluster", _run.Bed.Cluster, "-o", _run.Bed.Folder["too-many"]]);
        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("from 1 to 50 replications", result.Error, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }

    [RedisFact]
    public async Task Reusing_an_experiment_id_for_a_different_scenario_is_refused_with_exit_code_2()
    {
        var result = await CliProcess.RunAsync(_run.Bed.Folder.Path, [.. FinishedExperiment.Scenario, "-r", "4", "-s", "99", "--cluster", _run.Bed.Cluster, "--experiment", FinishedExperiment.Id]);
        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("already exists with a different scenario", result.Error, StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task An_invalid_scenario_is_refused_before_anything_is_submitted()
    {
        var bad = _run.Bed.Folder.Write("bad.yaml", File.ReadAllText(CliProcess.Scenario("cambridgeshire-2022.yaml")).Replace("horizon_days: 365", "horizon_days: -5", StringComparison.Ordinal));
        var result = await CliProcess.RunAsync(_run.Bed.Folder.Path, "run", bad, "--cluster", _run.Bed.Cluster, "--experiment", "bad-scenario");
        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("horizon_days", result.Error, StringComparison.Ordinal);
        var status = await CliProcess.RunAsync(_run.Bed.Folder.Path, "status", "bad-scenario", "--cluster", _run.Bed.Cluster);
        Assert.True(status.ExitCode == ExitCodes.BadInput, status.ToString());
    }

    [RedisFact]
    public async Task A_malformed_cluster_address_is_refused_with_exit_code_2()
    {
        var result = await CliProcess.RunAsync(_run.Bed.Folder.Path, [.. FinishedExperiment.Scenario, "--cluster", $"redis://{_run.Bed.Redis.Address}"]);
        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("redis://HOST:PORT/CLUSTER_ID", result.Error, StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task A_silo_stopped_with_SIGTERM_leaves_the_cluster_cleanly()
    {
        var silo = await _run.Bed.AddSiloAsync("--workers", "1");
        var exitCode = await silo.TerminateAsync(TimeSpan.FromSeconds(60));
        Assert.True(exitCode == 0, silo.Output);
        Assert.Contains("silo stopping", silo.Output, StringComparison.Ordinal);
    }

    private static void AssertSameBytes(string first, string second, string file) =>
        Assert.True(
            File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))),
            $"{file} differs between {first} and {second}");

    /// <summary>Two silos (one worker slot each, at most 50 replications); one 4-replication experiment on them and the same run in-process.</summary>
    public sealed class FinishedExperiment : IAsyncLifetime, IDisposable
    {
        public const string Id = "cambridgeshire-30-days";

        public static readonly string[] Scenario = ["run", CliProcess.Scenario("cambridgeshire-2022.yaml"), "--set", "run.horizon_days=30"];

        private ClusterTestBed? _bed;

        public ClusterTestBed Bed => _bed ?? throw new InvalidOperationException(RedisServer.SkipReason);

        /// <summary>The silos that ran the experiment (a test may add and stop another later).</summary>
        public IReadOnlyList<string> Workers { get; private set; } = [];

        public string OnCluster => Bed.Folder["on-cluster"];

        public string InProcess => Bed.Folder["in-process"];

        public async Task InitializeAsync()
        {
            if (!RedisServer.Available && !RedisServer.Required)
            {
                return;
            }

            _bed = await ClusterTestBed.StartAsync(2, "--workers", "1", "--max-replications", "50");
            Workers = [.. _bed.Silos.Select(s => s.Endpoint)];
            try
            {
                var cluster = await CliProcess.RunAsync(Bed.Folder.Path, [.. Scenario, "-r", "4", "--cluster", Bed.Cluster, "--experiment", Id, "-o", OnCluster]);
                Assert.True(cluster.ExitCode == ExitCodes.Success, cluster + Environment.NewLine + Bed.Logs);
                var local = await CliProcess.RunAsync(Bed.Folder.Path, [.. Scenario, "-r", "4", "-o", InProcess]);
                Assert.True(local.ExitCode == ExitCodes.Success, local.ToString());
            }
            catch
            {
                // xunit does not dispose a fixture that failed to initialise: leave no silo or redis behind.
                Dispose();
                throw;
            }
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose()
        {
            _bed?.Dispose();
            _bed = null;
        }
    }
}
