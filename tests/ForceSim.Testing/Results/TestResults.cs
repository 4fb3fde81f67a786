using ForceSim.Engine.Compilation;
using ForceSim.Engine.Running;
using ForceSim.Testing.Scenarios;

namespace ForceSim.Testing.Results;

/// <summary>Experiment results for tests of what reads them: hand-made ones with chosen values, and one real short simulation.</summary>
public static class TestResults
{
    public const string Force = "north";

    private static readonly Lazy<ExperimentResult> SimulatedResult = new(Simulate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The Erlang C validation scenario cut to 3 replications of 5 days: a real result with every kind of measure it produces.</summary>
    public static ExperimentResult Simulated => SimulatedResult.Value;

    /// <summary>A replication whose overall measures are <paramref name="measures"/>; force <see cref="Force"/> has the same values.</summary>
    public static ReplicationResult Replication(int index, params (string Name, double? Value)[] measures) => new()
    {
        Replication = index,
        EventsProcessed = 1000 + index,
        Measures = Measures(measures),
        Forces = new SortedDictionary<string, SortedDictionary<string, double?>>(StringComparer.Ordinal) { [Force] = Measures(measures) },
    };

    public static ExperimentResult Experiment(params ReplicationResult[] replications) => new()
    {
        ScenarioName = "Test scenario",
        Seed = 42,
        Replications = replications,
    };

    /// <summary>Measure values by name, ordered as a replication holds them.</summary>
    public static SortedDictionary<string, double?> Measures(params (string Name, double? Value)[] measures)
    {
        var result = new SortedDictionary<string, double?>(StringComparer.Ordinal);
        foreach (var (name, value) in measures)
        {
            result[name] = value;
        }

        return result;
    }

    private static ExperimentResult Simulate()
    {
        var scenario = TestScenarios.Load("validation/erlang-c.yaml").WithHorizonDays(5).WithReplications(3);
        // Replication by replication on the engine's own runner: the same results as a batch, and no await in a lazy value.
        var model = new CompiledScenario(scenario);
        return new ExperimentResult
        {
            ScenarioName = scenario.Name,
            Seed = scenario.Run.Seed,
            Replications = [.. Enumerable.Range(0, scenario.Run.Replications).Select(i => ReplicationRunner.Run(model, i))],
        };
    }
}
