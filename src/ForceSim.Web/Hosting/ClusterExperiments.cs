using ForceSim.Experiments.Cluster;
using ForceSim.Experiments.Jobs;
using ForceSim.Grains.Hosting;

namespace ForceSim.Web.Hosting;

/// <summary>
/// The cluster's experiments for the Experiments page and its JSON twin: through one client connection kept open (a
/// connection per refresh would cost seconds), or the embedded silo's grains (a cluster of one).
/// </summary>
public sealed class ClusterExperiments(IServiceProvider services, JobManager jobs, ClusterAddress? cluster) : IAsyncDisposable
{
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ClusterConnection? _connection;

    /// <summary>The cluster this server is a client of; null with the embedded silo.</summary>
    public ClusterAddress? Cluster => cluster;

    /// <summary>Newest first; none when this server has neither a cluster nor an embedded silo.</summary>
    public async Task<IReadOnlyList<ClusterExperimentRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        // The host's own grain factory: the embedded silo's, or this server's client of the cluster.
        var grains = services.GetService<IGrainFactory>() ?? (cluster is null ? null : await ConnectAsync(cancellationToken).ConfigureAwait(false));
        if (grains is null)
        {
            return [];
        }

        // This server's jobs (runs, comparisons, budget searches) stay listed once finished: the cluster's board lists
        // only unfinished experiments. Jobs the cluster never saw (run here before) are left out by the list.
        var known = cluster is null ? [] : jobs.All().Select(j => JobManager.ExperimentIdOf(j.Id)).ToList();
        return await ClusterExperimentList.ListAsync(grains, known, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IGrainFactory> ConnectAsync(CancellationToken cancellationToken)
    {
        await _connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _connection ??= await ClusterTarget.ConnectAsync(cluster!, cancellationToken).ConfigureAwait(false);
            return _connection.Grains;
        }
        finally
        {
            _connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }

        _connecting.Dispose();
    }
}
