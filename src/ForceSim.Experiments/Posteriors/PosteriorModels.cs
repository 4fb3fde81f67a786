using ForceSim.Engine.Compilation;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Posteriors;

namespace ForceSim.Experiments.Posteriors;

/// <summary>
/// The parameter set each replication of one scenario runs with: the row it drew, and that row applied to the scenario.
/// Replication R + r (a twin, see <see cref="PosteriorRuns"/>) runs the same row as replication r.
/// </summary>
/// <param name="Draws">Replication r runs posterior row Draws[r].</param>
/// <param name="Kept">Parameters the request sets itself, left at the request's value.</param>
/// <param name="Scenarios">Each drawn row's scenario.</param>
public sealed record PosteriorModels(PosteriorScenarios Source, IReadOnlyList<int> Draws, IReadOnlyList<string> Kept, IReadOnlyDictionary<int, Scenario> Scenarios)
{
    /// <summary>
    /// Each replication's compiled model, compiled once per drawn row; <paramref name="change"/> is applied to each row's
    /// scenario first (a budget trial's staff mix, which keeps its own values over the posterior's).
    /// </summary>
    public Func<int, CompiledScenario> Models(Func<Scenario, Scenario>? change = null)
    {
        var compiled = Scenarios.ToDictionary(p => p.Key, p => new CompiledScenario(change is null ? p.Value : change(p.Value)));
        var draws = Draws;
        return replication => compiled[draws[replication % draws.Count]];
    }

    /// <summary>What results.json records about the posterior, with each measure's split (empty when not estimated).</summary>
    public PosteriorSummary Summary(SortedDictionary<string, ParameterSplit> split)
    {
        var posterior = Source.Posterior;
        return new PosteriorSummary(Path.GetFileName(Source.Path), posterior.ModelVersion, posterior.Method, posterior.Parameters, Kept, Draws, split);
    }
}
