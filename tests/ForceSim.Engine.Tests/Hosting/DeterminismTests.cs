using ForceSim.Engine.Compilation;
using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Hosting;

/// <summary>Same scenario and seed → the same numbers, bit for bit, however the replications are scheduled.</summary>
public sealed class DeterminismTests
{
    private static readonly Model.Scenarios.Scenario Scenario = TestScenarios.ShortCambridgeshire(days: 30, replications: 4);

    [Fact]
    public async Task The_same_scenario_and_seed_give_bit_identical_measures()
    {
        var first = await ExperimentRunner.RunAsync(Scenario);
        var second = await ExperimentRunner.RunAsync(Scenario);
        AssertIdentical(first, second);
    }

    [Fact]
    public async Task Parallel_replications_equal_sequential_ones()
    {
        var sequential = await ExperimentRunner.RunAsync(Scenario, new ExperimentOptions { MaxParallelism = 1 });
        var parallel = await ExperimentRunner.RunAsync(Scenario, new ExperimentOptions { MaxParallelism = 4 });
        AssertIdentical(sequential, parallel);
    }

    [Fact]
    public async Task A_replication_run_alone_equals_the_same_replication_in_a_batch()
    {
        var batch = await ExperimentRunner.RunAsync(Scenario);
        var alone = ReplicationRunner.Run(new CompiledScenario(Scenario), replication: 2);
        Assert.Equal(batch.Replications[2].Measures, alone.Measures);
    }

    [Fact]
    public async Task Different_seeds_give_different_results()
    {
        var first = await ExperimentRunner.RunAsync(Scenario);
        var other = await ExperimentRunner.RunAsync(Scenario.WithSeed(Scenario.Run.Seed + 1));
        Assert.NotEqual(first.Replications[0].Measures["contact.non_emergency_mean_answer_seconds"], other.Replications[0].Measures["contact.non_emergency_mean_answer_seconds"]);
        Assert.NotEqual(first.Replications[0].Measures[ForceSim.Engine.Measures.MeasureNames.EmergencyMedianMinutes], other.Replications[0].Measures[ForceSim.Engine.Measures.MeasureNames.EmergencyMedianMinutes]);
    }

    [Fact]
    public async Task Replications_of_one_run_differ_from_each_other()
    {
        var result = await ExperimentRunner.RunAsync(Scenario);
        var values = result.Replications.Select(r => r.Measures["contact.non_emergency_mean_answer_seconds"]).Distinct().Count();
        Assert.Equal(result.Replications.Count, values);
    }

    private static void AssertIdentical(ExperimentResult a, ExperimentResult b)
    {
        Assert.Equal(a.Replications.Count, b.Replications.Count);
        for (var i = 0; i < a.Replications.Count; i++)
        {
            var x = a.Replications[i];
            var y = b.Replications[i];
            Assert.Equal(x.EventsProcessed, y.EventsProcessed);
            Assert.Equal(x.Measures.Keys, y.Measures.Keys);
            foreach (var (name, value) in x.Measures)
            {
                // Bitwise comparison: "close" is not good enough for reproducibility.
                Assert.True(
                    BitConverter.DoubleToInt64Bits(value ?? double.NaN) == BitConverter.DoubleToInt64Bits(y.Measures[name] ?? double.NaN),
                    $"replication {i}, {name}: {value} vs {y.Measures[name]}");
            }

            Assert.Equal(x.Forces.Keys, y.Forces.Keys);
        }
    }
}
