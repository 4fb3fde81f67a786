using ForceSim.Engine.Compilation;
using ForceSim.Engine.Running;
using ForceSim.Model.Loading;

namespace ForceSim.Reporting.Tests.Support;

/// <summary>Experiment results for the output tests: hand-made ones with chosen values, and one real short simulation.</summary>
internal static class TestResults
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
        var loaded = ScenarioLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "scenarios", "validation", "erlang-c.yaml"));
        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Problems));
        var scenario = loaded.Scenario!;
        scenario = scenario with { Run = scenario.Run with { HorizonDays = 5, Replications = 3 } };
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
