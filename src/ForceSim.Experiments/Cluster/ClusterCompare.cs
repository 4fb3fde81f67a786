using ForceSim.Engine.Running;
using ForceSim.Experiments.Checkpoints;
using ForceSim.Experiments.Comparing;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Cluster;

/// <summary>
/// A comparison's replications on a cluster: one experiment whose variants are the base and each option, in order, all
/// with their own seed and replications (the base's, unless the comparison is unpaired), so replication i of each meets
/// the same callers on the cluster as locally. The comparison itself is done by <see cref="CompareService"/>.
/// </summary>
internal static class ClusterCompare
{
    public static async Task<IReadOnlyList<ExperimentResult>> RunAsync(
        CompareRequest request,
        IReadOnlyList<(string Path, Scenario Scenario)> scenarios,
        ClusterAddress cluster,
        string directory,
        IProgress<CompareProgress>? progress,
        CancellationToken cancellationToken)
    {
        var id = ExperimentIds.Check(request.ExperimentId ?? ExperimentIds.New("compare-" + Path.GetFileName(request.BasePath)));
        // The --set changes are part of what ran: the same id with other changes must not re-attach to these results.
        var parts = scenarios.Select(s => Fingerprint.OfScenario(s.Path, s.Scenario, request.Overrides).ForReplications(s.Scenario.Run.Replications).Value);
        var fingerprint = Fingerprint.Of(request.Unpaired ? "compare unpaired" : "compare", parts);
        await using var experiment = await ClusterVariants.ConnectAsync(cluster, id, fingerprint, directory, cancellationToken).ConfigureAwait(false);
        progress?.Report(new CompareOnCluster(id, cluster));
        var variants = scenarios.Select(s => new ExperimentVariant(Path.GetFileNameWithoutExtension(s.Path), s.Scenario)).ToList();
        return await experiment.RunAsync(variants, progress is null ? null : (status, plan) => Report(progress, status, plan), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Each scenario's finished replications, as a local comparison reports them.</summary>
    private static void Report(IProgress<CompareProgress> progress, ExperimentStatus status, ExperimentPlan plan)
    {
        var finished = status.Finished.ToHashSet();
        for (var v = 0; v < plan.Scenarios.Count; v++)
        {
            var scenario = plan.Scenarios[v];
            var done = Enumerable.Range(plan.Offset(v), scenario.Run.Replications).Count(finished.Contains);
            progress.Report(new ScenarioReplicationsFinished(v, scenario.Name, done, scenario.Run.Replications));
        }
    }
}
