using ForceSim.Engine.Running;
using ForceSim.Experiments.Posteriors;
using ForceSim.Grains.Experiments;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Cluster;

/// <summary>
/// A scenario's replications with a posterior as variants of a cluster experiment: replication r (r &lt; 2R: the R results,
/// then their twins, <see cref="PosteriorRuns"/>) is one variant, the scenario with the parameter set drawn here for it,
/// numbered as replication r so it meets the same random numbers as locally. The draws never depend on where they run.
/// </summary>
internal static class PosteriorVariants
{
    /// <param name="prefix">Starts each variant's key, telling one scenario's replications from another's in a comparison.</param>
    public static IReadOnlyList<ExperimentVariant> Of(PosteriorModels posterior, int count, string prefix)
    {
        ArgumentNullException.ThrowIfNull(posterior);
        return [.. Enumerable.Range(0, 2 * count).Select(r =>
        {
            var row = posterior.Draws[r % count];
            var drawn = posterior.Scenarios[row];
            return new ExperimentVariant($"{prefix}r{r}-draw{row}", drawn with { Run = drawn.Run with { Replications = 1 } }, r);
        })];
    }

    /// <summary>The 2R single-replication results back as one result of the scenario, in replication order.</summary>
    public static ExperimentResult Joined(Scenario scenario, IEnumerable<ExperimentResult> replications)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new ExperimentResult { ScenarioName = scenario.Name, Seed = scenario.Run.Seed, Replications = [.. replications.Select(r => r.Replications[0])] };
    }
}
