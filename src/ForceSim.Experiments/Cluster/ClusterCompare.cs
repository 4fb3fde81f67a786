using ForceSim.Engine.Running;
using ForceSim.Experiments.Checkpoints;
using ForceSim.Experiments.Comparing;
using ForceSim.Experiments.Posteriors;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Cluster;

/// <summary>
/// A comparison's replications on a cluster: one experiment whose variants are the base and each option, in order, all
/// with their own seed and replications (the base's, unless the comparison is unpaired), so replication i of each meets
/// the same callers on the cluster as locally. With a posterior each scenario's 2R replications are variants of their own
/// (<see cref="PosteriorVariants"/>), with the parameter sets drawn here. The comparison itself is done by
/// <see cref="CompareService"/>.
/// </summary>
internal static class ClusterCompare
{
    /// <returns>Each scenario's replications in order (with a posterior, its 2R replications: results, then twins).</returns>
    public static async Task<IReadOnlyList<ExperimentResult>> RunAsync(
        CompareRequest request,
        IReadOnlyList<(string Path, Scenario Scenario)> scenarios,
        IReadOnlyList<PosteriorModels?> posteriors,
        ClusterAddress cluster,
        string directory,
        IProgress<CompareProgress>? progress,
        CancellationToken cancellationToken)
    {
        var id = ExperimentIds.Check(request.ExperimentId ?? ExperimentIds.New("compare-" + Path.GetFileName(request.BasePath)));
        // The --set changes are part of what ran: the same id with other changes must not re-attach to these results.
        var parts = scenarios.Select((s, i) => Stamped(Fingerprint.OfScenario(s.Path, s.Scenario, request.Overrides), posteriors[i]).ForReplications(s.Scenario.Run.Replications).Value);
        var fingerprint = Fingerprint.Of(request.Unpaired ? "compare unpaired" : "compare", parts);
        await using var experiment = await ClusterVariants.ConnectAsync(cluster, id, fingerprint, directory, cancellationToken).ConfigureAwait(false);
        progress?.Report(new CompareOnCluster(id, cluster));
        // Each scenario's variants: itself, or (with a posterior) one per replication and twin.
        var groups = scenarios.Select((s, i) => posteriors[i] is { } drawn
            ? PosteriorVariants.Of(drawn, s.Scenario.Run.Replications, Path.GetFileNameWithoutExtension(s.Path) + "-")
            : [new ExperimentVariant(Path.GetFileNameWithoutExtension(s.Path), s.Scenario)]).ToList();
        var results = await experiment.RunAsync([.. groups.SelectMany(g => g)], progress is null ? null : (status, plan) => Report(progress, scenarios, groups, status, plan), cancellationToken).ConfigureAwait(false);
        var joined = new List<ExperimentResult>();
        var next = 0;
        for (var i = 0; i < scenarios.Count; i++)
        {
            var count = groups[i].Count;
            joined.Add(posteriors[i] is null ? results[next] : PosteriorVariants.Joined(scenarios[i].Scenario, results.Skip(next).Take(count)));
            next += count;
        }

        return joined;
    }

    /// <summary>A scenario's fingerprint, tied to the posterior file when its replications draw from one.</summary>
    private static Fingerprint Stamped(Fingerprint scenario, PosteriorModels? posterior) => posterior is null ? scenario : posterior.Source.Stamp(scenario);

    /// <summary>Each scenario's finished replications, as a local comparison reports them (with a posterior, half its items: each has a twin).</summary>
    private static void Report(IProgress<CompareProgress> progress, IReadOnlyList<(string Path, Scenario Scenario)> scenarios, List<IReadOnlyList<ExperimentVariant>> groups, ExperimentStatus status, ExperimentPlan plan)
    {
        var finished = status.Finished.ToHashSet();
        var variant = 0;
        for (var i = 0; i < scenarios.Count; i++)
        {
            var first = plan.Offset(variant);
            variant += groups[i].Count;
            var done = Enumerable.Range(first, plan.Offset(variant) - first).Count(finished.Contains);
            var scenario = scenarios[i].Scenario;
            progress.Report(new ScenarioReplicationsFinished(i, scenario.Name, groups[i].Count > 1 ? done / 2 : done, scenario.Run.Replications));
        }
    }
}
