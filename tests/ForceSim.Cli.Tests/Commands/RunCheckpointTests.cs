using ForceSim.Engine.Running;
using ForceSim.Experiments.Checkpoints;
using ForceSim.Experiments.Scenarios;

namespace ForceSim.Cli.Tests.Commands;

/// <summary>
/// Checkpoints planted in the output folder the way an interrupted run leaves them (same folder, same fingerprint as
/// <see cref="Fingerprint.OfScenario"/>) are reused by <c>forcesim run</c>; checkpoints of another run are not.
/// </summary>
public sealed class RunCheckpointTests : IDisposable
{
    private const string Within10s = "contact.emergency_answered_within_10s";
    private const string Force = "textbook_force";

    /// <summary>A value no simulated replication would produce, so seeing it in the output proves the checkpoint was read.</summary>
    private const double Marker = 0.123456789;

    private readonly TempFolder _temp = new();
    private readonly string _scenario;

    public RunCheckpointTests() => _scenario = _temp.CopyScenario("validation/erlang-c.yaml", "erlang-c.yaml");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Replications_saved_by_an_earlier_run_are_reused_and_the_results_match_an_uninterrupted_run()
    {
        var output = _temp["out"];
        var partial = ScenarioInput.Load(_scenario, replications: 2);
        var checkpoint = new ReplicationCheckpoint(Path.Combine(output, ".checkpoints"), Fingerprint.OfScenario(_scenario, partial));
        await ExperimentRunner.RunAsync(partial, new ExperimentOptions { OnFinished = checkpoint.Save });

        var resumed = await CliProcess.RunAsync(_temp.Path, "run", _scenario, "-r", "4", "-o", output);
        var uninterrupted = await CliProcess.RunAsync(_temp.Path, "run", _scenario, "-r", "4", "-o", _temp["reference"]);

        Assert.True(resumed.ExitCode == ExitCodes.Success, resumed.ToString());
        Assert.True(uninterrupted.ExitCode == ExitCodes.Success, uninterrupted.ToString());
        Assert.Contains("Resuming: 2 replication(s) already finished by an earlier run are reused.", resumed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Resuming", uninterrupted.Output, StringComparison.Ordinal);
        foreach (var file in new[] { "results.json", "replications.csv", "force-replications.csv" })
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(_temp["reference"], file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, file))),
                $"{file} of the resumed run differs from the uninterrupted run");
        }

        Assert.False(Directory.Exists(Path.Combine(output, ".checkpoints")));
    }

    [Fact]
    public async Task A_saved_replication_is_read_back_rather_than_simulated_again()
    {
        var output = _temp["out"];
        await PlantMarkedCheckpointAsync(output, seed: null);

        var result = await CliProcess.RunAsync(_temp.Path, "run", _scenario, "-r", "3", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("Resuming: 1 replication(s)", result.Output, StringComparison.Ordinal);
        Assert.Contains($"\n1,{Within10s},0.123456789\n", File.ReadAllText(Path.Combine(output, "replications.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkpoints_saved_with_another_seed_are_ignored()
    {
        var output = _temp["out"];
        await PlantMarkedCheckpointAsync(output, seed: null);

        var result = await CliProcess.RunAsync(_temp.Path, "run", _scenario, "-r", "3", "-s", "5", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.DoesNotContain("Resuming", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("0.123456789", File.ReadAllText(Path.Combine(output, "replications.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkpoints_saved_before_the_scenario_file_was_edited_are_ignored()
    {
        var output = _temp["out"];
        await PlantMarkedCheckpointAsync(output, seed: null);
        File.AppendAllText(_scenario, "# edited after the interrupted run\n");

        var result = await CliProcess.RunAsync(_temp.Path, "run", _scenario, "-r", "3", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.DoesNotContain("Resuming", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("0.123456789", File.ReadAllText(Path.Combine(output, "replications.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fresh_ignores_and_discards_saved_replications()
    {
        var output = _temp["out"];
        await PlantMarkedCheckpointAsync(output, seed: null);

        var result = await CliProcess.RunAsync(_temp.Path, "run", _scenario, "-r", "3", "--fresh", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.DoesNotContain("Resuming", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("0.123456789", File.ReadAllText(Path.Combine(output, "replications.csv")), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, ".checkpoints")));
    }

    [Fact]
    public async Task A_damaged_checkpoint_is_recomputed_instead_of_failing_the_run()
    {
        var output = _temp["out"];
        var folder = Directory.CreateDirectory(Path.Combine(output, ".checkpoints")).FullName;
        File.WriteAllText(Path.Combine(folder, "replication-00001.json"), "{\"Fingerprint\": \"trunc");

        var result = await CliProcess.RunAsync(_temp.Path, "run", _scenario, "-r", "3", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.DoesNotContain("Resuming", result.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "results.json")));
    }

    /// <summary>Saves replication 1, simulated for real but with its 999-within-10-s value replaced by <see cref="Marker"/>.</summary>
    private async Task PlantMarkedCheckpointAsync(string output, long? seed)
    {
        var scenario = ScenarioInput.Load(_scenario, replications: 2, seed: seed);
        var real = (await ExperimentRunner.RunAsync(scenario, new ExperimentOptions { MaxParallelism = 1 })).Replications[1];
        var marked = real with
        {
            Measures = new SortedDictionary<string, double?>(real.Measures, StringComparer.Ordinal) { [Within10s] = Marker },
            Forces = new SortedDictionary<string, SortedDictionary<string, double?>>(StringComparer.Ordinal)
            {
                [Force] = new SortedDictionary<string, double?>(real.Forces[Force], StringComparer.Ordinal) { [Within10s] = Marker },
            },
        };
        new ReplicationCheckpoint(Path.Combine(output, ".checkpoints"), Fingerprint.OfScenario(_scenario, scenario)).Save(marked);
    }
}
