using ForceSim.Engine.Running;

namespace ForceSim.Engine.Budgeting;

/// <summary>
/// Evaluates a mix by simulating the base scenario with the mix's steps applied, with the base's seed and
/// replications (common random numbers), so the change from the base has a narrow paired interval and
/// candidates are compared on the same callers. Keeps every result so the recommendation can be compared in full.
/// </summary>
public sealed class SimulationObjectiveEvaluator : IObjectiveEvaluator
{
    private readonly BudgetSteps steps;
    private readonly BudgetObjective objective;
    private readonly ExperimentOptions options;
    private readonly Dictionary<StaffMix, ExperimentResult> results = [];

    public SimulationObjectiveEvaluator(BudgetSteps steps, BudgetObjective objective, ExperimentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(objective);
        this.steps = steps;
        this.objective = objective;
        this.options = options ?? new ExperimentOptions();
    }

    /// <summary>Called before each mix is simulated, with the mix and how many have been simulated so far.</summary>
    public Action<StaffMix, int>? Starting { get; init; }

    /// <summary>Replications simulated so far (over every mix).</summary>
    public int ReplicationsRun => results.Values.Sum(r => r.Replications.Count);

    public int MixesRun => results.Count;

    public ExperimentResult Result(StaffMix mix)
    {
        if (!results.TryGetValue(mix, out var result))
        {
            Starting?.Invoke(mix, results.Count);
            result = ExperimentRunner.Run(steps.Apply(mix), options);
            results[mix] = result;
        }

        return result;
    }

    public ObjectiveEstimate Evaluate(StaffMix mix)
    {
        var baseline = Result(StaffMix.None);
        var baseMean = objective.MeanOf(baseline);
        if (baseMean is null)
        {
            var near = baseline.Summary.Keys
                .Where(k => objective.Measures.Any(m => Shares(k, m)))
                .Take(8)
                .ToList();
            throw new UnmeasuredObjectiveException(
                $"the scenario does not produce the objective '{objective.Text}' (needs {string.Join(", ", objective.Measures)})."
                + (near.Count > 0 ? $" Measures it does produce include: {string.Join(", ", near)}." : ""));
        }

        var result = Result(mix);
        var value = objective.MeanOf(result)
            ?? throw new UnmeasuredObjectiveException($"the mix {mix} produced no value of '{objective.Text}' in any replication.");
        var change = MeasureSummary.Of(baseline.Replications.Zip(result.Replications)
            .Select(p => objective.ValueOf(p.Second) - objective.ValueOf(p.First)));
        return new ObjectiveEstimate(value, change.Lower, change.Upper);
    }

    /// <summary>True when two measure names share their first segment (contact., grades.x., …): a hint for a misspelling.</summary>
    private static bool Shares(string produced, string wanted)
    {
        var dot = wanted.IndexOf('.', StringComparison.Ordinal);
        var prefix = dot > 0 ? wanted[..(dot + 1)] : wanted;
        return produced.StartsWith(prefix, StringComparison.Ordinal) && !produced.StartsWith("inspection.", StringComparison.Ordinal);
    }
}
