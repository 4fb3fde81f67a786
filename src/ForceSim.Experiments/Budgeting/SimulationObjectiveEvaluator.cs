using ForceSim.Engine.Compilation;
using ForceSim.Engine.Running;

namespace ForceSim.Experiments.Budgeting;

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

    /// <summary>With a posterior: each replication's model for a mix (its drawn parameter set with the mix applied); null runs the mix as it is.</summary>
    public Func<StaffMix, Func<int, CompiledScenario>>? ModelsFor { get; init; }

    /// <summary>Replications simulated so far (over every mix).</summary>
    public int ReplicationsRun => results.Values.Sum(r => r.Replications.Count);

    public int MixesRun => results.Count;

    /// <summary>Simulates batches of mixes elsewhere (on a cluster); null: here, one mix after another.</summary>
    public MixSimulation? Simulation { get; init; }

    /// <summary>The mix's simulated replications (simulated on first asking, then kept).</summary>
    public async ValueTask<ExperimentResult> ResultAsync(StaffMix mix, CancellationToken cancellationToken = default)
    {
        if (!results.TryGetValue(mix, out var result))
        {
            await SimulateAsync([mix], cancellationToken).ConfigureAwait(false);
            result = results[mix];
        }

        return result;
    }

    /// <summary>Simulates the round's mixes not yet simulated, together: results are the same as one by one.</summary>
    public async ValueTask PrepareAsync(IReadOnlyList<StaffMix> mixes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mixes);
        await SimulateAsync([.. mixes.Distinct().Where(m => !results.ContainsKey(m))], cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> DistinguishesAsync(StaffMix from, StaffMix to, CancellationToken cancellationToken)
    {
        var (lower, upper) = await ChangeIntervalAsync(from, to, cancellationToken).ConfigureAwait(false);
        return lower > 0 || upper < 0;
    }

    public async ValueTask<(double? Lower, double? Upper)> ChangeIntervalAsync(StaffMix from, StaffMix to, CancellationToken cancellationToken)
    {
        var before = await ResultAsync(from, cancellationToken).ConfigureAwait(false);
        var after = await ResultAsync(to, cancellationToken).ConfigureAwait(false);
        var change = MeasureSummary.Of(before.Replications.Zip(after.Replications)
            .Select(p => objective.ValueOf(p.Second) - objective.ValueOf(p.First)));
        return (change.Lower, change.Upper);
    }

    public async ValueTask<ObjectiveEstimate> EvaluateAsync(StaffMix mix, CancellationToken cancellationToken)
    {
        var baseline = await ResultAsync(StaffMix.None, cancellationToken).ConfigureAwait(false);
        var baseMean = objective.MeanOf(baseline);
        if (baseMean is null)
        {
            var near = baseline.Summary.Keys
                .Where(k => !k.StartsWith("inspection.", StringComparison.Ordinal))
                .Select(k => (Name: k, Common: objective.Measures.Max(m => CommonPrefix(k, m))))
                .Where(k => k.Common > 0)
                .OrderByDescending(k => k.Common).ThenBy(k => k.Name, StringComparer.Ordinal)
                .Take(5)
                .Select(k => k.Name)
                .ToList();
            throw new UnmeasuredObjectiveException(
                $"the scenario does not produce the objective '{objective.Text}' (needs {string.Join(", ", objective.Measures)})."
                + (near.Count > 0 ? $" Nearest measures it does produce: {string.Join(", ", near)}." : ""));
        }

        var result = await ResultAsync(mix, cancellationToken).ConfigureAwait(false);
        var value = objective.MeanOf(result)
            ?? throw new UnmeasuredObjectiveException($"the mix {mix} produced no value of '{objective.Text}' in any replication.");
        var change = MeasureSummary.Of(baseline.Replications.Zip(result.Replications)
            .Select(p => objective.ValueOf(p.Second) - objective.ValueOf(p.First)));
        return new ObjectiveEstimate(value, change.Lower, change.Upper);
    }

    private async Task SimulateAsync(IReadOnlyList<StaffMix> mixes, CancellationToken cancellationToken)
    {
        if (Simulation is null)
        {
            foreach (var mix in mixes)
            {
                Starting?.Invoke(mix, results.Count);
                var run = ModelsFor is null ? options : options with { ModelFor = ModelsFor(mix) };
                results[mix] = await ExperimentRunner.RunAsync(steps.Apply(mix), run, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (mixes.Count == 0)
        {
            return;
        }

        var batch = mixes.Select((mix, i) =>
        {
            Starting?.Invoke(mix, results.Count + i);
            return (mix, steps.Apply(mix));
        }).ToList();
        var simulated = await Simulation(batch, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < mixes.Count; i++)
        {
            results[mixes[i]] = simulated[i];
        }
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }
}
