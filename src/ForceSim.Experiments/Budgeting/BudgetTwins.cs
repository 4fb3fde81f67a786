using ForceSim.Engine.Compilation;
using ForceSim.Engine.Running;
using ForceSim.Experiments.Posteriors;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Posteriors;

namespace ForceSim.Experiments.Budgeting;

/// <summary>
/// A budget search with <c>--posterior</c>: twin replications (R + r, same parameter set as r, see <see cref="PosteriorRuns"/>)
/// for the base and the recommended mix only, which split the recommendation's paired change into parameter uncertainty and
/// replication noise. Twins for every trial would double the search's cost to refine numbers no one reads; the first R
/// replications are resumed from the search's own results, so only the twins are simulated.
/// </summary>
internal static class BudgetTwins
{
    public static async Task<BudgetPosterior> SplitAsync(
        PosteriorModels posterior,
        Func<StaffMix, Func<int, CompiledScenario>> modelsFor,
        BudgetSteps steps,
        BudgetObjective objective,
        ExperimentOptions options,
        (ExperimentResult Base, StaffMix Mix, ExperimentResult Recommended) compared,
        IEnumerable<string> measures,
        CancellationToken cancellationToken)
    {
        var baseTwins = await TwinsAsync(steps.Apply(StaffMix.None), modelsFor(StaffMix.None), compared.Base, options, cancellationToken).ConfigureAwait(false);
        var twins = compared.Mix == StaffMix.None
            ? baseTwins
            : await TwinsAsync(steps.Apply(compared.Mix), modelsFor(compared.Mix), compared.Recommended, options, cancellationToken).ConfigureAwait(false);
        var objectiveSplit = ParameterUncertainty.Of(
            Changes(objective, compared.Base.Replications, compared.Recommended.Replications),
            Changes(objective, baseTwins, twins));
        var change = ParameterUncertainty.SplitChange(compared.Base, baseTwins, compared.Recommended, twins, measures);
        return new BudgetPosterior(Path.GetFileName(posterior.Source.Path), objectiveSplit, change);
    }

    private static double?[] Changes(BudgetObjective objective, IReadOnlyList<ReplicationResult> from, IReadOnlyList<ReplicationResult> to) =>
        [.. from.Zip(to, (a, b) => objective.ValueOf(b) - objective.ValueOf(a))];

    /// <summary>The twins of <paramref name="main"/>'s replications: the doubled run with the first R resumed, not re-simulated.</summary>
    private static async Task<IReadOnlyList<ReplicationResult>> TwinsAsync(
        Scenario scenario, Func<int, CompiledScenario> models, ExperimentResult main, ExperimentOptions options, CancellationToken cancellationToken)
    {
        var count = main.Replications.Count;
        var all = await ExperimentRunner.RunAsync(
            scenario with { Run = scenario.Run with { Replications = 2 * count } },
            options with { ModelFor = models, TryResume = i => i < count ? main.Replications[i] : null },
            cancellationToken).ConfigureAwait(false);
        return [.. all.Replications.Skip(count)];
    }
}
