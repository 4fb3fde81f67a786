using ForceSim.Experiments.Posteriors;
using ForceSim.Experiments.Scenarios;

namespace ForceSim.Experiments.Sweeping;

/// <summary>
/// A sweep with <c>--posterior</c>: each variant's replications with their drawn parameter sets (replication r draws the
/// same set in every variant, so variants stay paired), and the plan's fingerprints stamped with the posterior so saved
/// variants of a sweep without it are never reused.
/// </summary>
internal sealed record SweepPosterior(SweepPlan Plan, IReadOnlyList<PosteriorModels> Models)
{
    public static SweepPosterior? Prepare(SweepRequest request, SweepPlan plan)
    {
        if (request.PosteriorPath is null)
        {
            return null;
        }

        if (request.Cluster is not null)
        {
            throw new InvalidRequestException("--posterior runs here only; it cannot be used with --cluster yet.");
        }

        var experiment = plan.Experiment;
        var scenarios = PosteriorScenarios.Prepare(request.PosteriorPath, experiment.ScenarioPath, ScenarioInput.Options(request.AllowOutsideReferences))!;
        var models = plan.Variants
            .Select(v => scenarios.ScenariosFor(experiment.ScenarioPath, [.. request.Overrides, .. v.Overrides(experiment)], plan.Scenarios[v.Index]))
            .ToList();
        return new SweepPosterior(plan with { Fingerprints = [.. plan.Fingerprints.Select(scenarios.Stamp)] }, models);
    }
}
