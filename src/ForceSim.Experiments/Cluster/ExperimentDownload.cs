using ForceSim.Engine.Running;
using ForceSim.Grains.Experiments;

namespace ForceSim.Experiments.Cluster;

/// <summary>
/// Fetches a finished experiment's replications from the cluster, in replication order, a batch at a time (no single
/// message carries the whole experiment), and assembles them exactly as a local run would. Each fetch is retried
/// through a silo's death (the records rest in storage and re-activate elsewhere).
/// </summary>
public static class ExperimentDownload
{
    private const int Batch = 64;

    public static async Task<ExperimentResult> FetchAsync(IGrainFactory grains, ExperimentStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(status);
        var results = await FetchRangeAsync(grains, status.Id, 0, status.Total, cancellationToken).ConfigureAwait(false);
        return new ExperimentResult { ScenarioName = status.ScenarioName, Seed = status.Seed, Replications = results };
    }

    /// <summary>One variant's replications of a multi-variant experiment, named and seeded as its scenario.</summary>
    public static async Task<ExperimentResult> FetchVariantAsync(IGrainFactory grains, ExperimentStatus status, ExperimentPlan plan, int variant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(plan);
        var scenario = plan.Scenarios[variant];
        var results = await FetchRangeAsync(grains, status.Id, plan.Offset(variant), scenario.Run.Replications, cancellationToken).ConfigureAwait(false);
        return new ExperimentResult { ScenarioName = scenario.Name, Seed = scenario.Run.Seed, Replications = results };
    }

    private static async Task<List<ReplicationResult>> FetchRangeAsync(IGrainFactory grains, string id, int first, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var results = new List<ReplicationResult>(count);
        for (var start = first; start < first + count; start += Batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = await Task.WhenAll(Enumerable.Range(start, Math.Min(Batch, first + count - start))
                .Select(i => ExperimentWatch.PatientlyAsync(grains.GetGrain<IReplicationRecordGrain>(IReplicationRecordGrain.Key(id, i)).Result, cancellationToken))).ConfigureAwait(false);
            foreach (var (result, i) in batch.Select((r, i) => (r, start + i)))
            {
                results.Add(result ?? throw new InvalidOperationException($"Experiment {id} has no stored result for item {i}."));
            }
        }

        return results;
    }
}
