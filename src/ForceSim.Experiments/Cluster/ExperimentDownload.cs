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
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(status);
        var results = new List<ReplicationResult>(status.Total);
        for (var start = 0; start < status.Total; start += Batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = await Task.WhenAll(Enumerable.Range(start, Math.Min(Batch, status.Total - start))
                .Select(i => ExperimentWatch.PatientlyAsync(grains.GetGrain<IReplicationRecordGrain>(IReplicationRecordGrain.Key(status.Id, i)).Result, cancellationToken))).ConfigureAwait(false);
            foreach (var (result, i) in batch.Select((r, i) => (r, start + i)))
            {
                results.Add(result ?? throw new InvalidOperationException($"Experiment {status.Id} has no stored result for replication {i}."));
            }
        }

        return new ExperimentResult { ScenarioName = status.ScenarioName, Seed = status.Seed, Replications = results };
    }
}
