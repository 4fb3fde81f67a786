using System.Globalization;
using ForceSim.Experiments.Budgeting;
using ForceSim.Experiments.Checkpoints;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Cluster;

/// <summary>
/// A budget search's simulations on a cluster: one experiment whose variants are the mixes, in the order the search asks
/// for them (the base, then each round's candidates together). The search and its statistics stay in
/// <see cref="BudgetService"/>; the experiment's fingerprint covers every option that shapes the search, so the same
/// request under the same id replays the same rounds, re-attaches to each and re-runs nothing finished.
/// </summary>
internal static class ClusterBudget
{
    public static async Task<ClusterVariants> ConnectAsync(
        BudgetRequest request,
        Scenario scenario,
        double budget,
        BudgetObjective objective,
        IReadOnlyList<BudgetStep> steps,
        ClusterAddress cluster,
        string directory,
        CancellationToken cancellationToken)
    {
        var id = ExperimentIds.Check(request.ExperimentId ?? ExperimentIds.New("budget-" + Path.GetFileName(request.ScenarioPath)));
        var options = string.Create(
            CultureInfo.InvariantCulture,
            $"extra={budget:R}|objective={objective.Text}|direction={objective.Direction}|roles={string.Join(',', steps.Select(s => s.Role))}"
            + $"|investigator-step={request.InvestigatorStep}|supervisor-step={request.SupervisorStep}|max-evaluations={request.MaxEvaluations}");
        var fingerprint = Fingerprint.Of("budget", [Fingerprint.OfScenario(request.ScenarioPath, scenario, request.Overrides).ForReplications(scenario.Run.Replications).Value, options]);
        return await ClusterVariants.ConnectAsync(cluster, id, fingerprint, directory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Each batch of mixes becomes variants of the experiment, keyed by the mix.</summary>
    public static MixSimulation Simulation(ClusterVariants experiment) => async (mixes, cancellationToken) =>
        await experiment.RunAsync([.. mixes.Select(m => new ExperimentVariant(m.Mix.ToString(), m.Scenario))], null, cancellationToken).ConfigureAwait(false);
}
