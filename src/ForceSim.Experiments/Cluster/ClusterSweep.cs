using ForceSim.Engine.Running;
using ForceSim.Experiments.Checkpoints;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Cluster;

/// <summary>
/// A sweep's variants on a cluster: every variant still to run is submitted at once as its own experiment, so the
/// silos work through all of them, then the sweep collects each in order. An experiment's id comes from the variant's
/// fingerprint (<see cref="ExperimentIds.ForSweepVariant"/>), so the same sweep submitted again re-attaches to the same
/// experiments and no finished replication is run twice.
/// </summary>
internal sealed class ClusterSweep : IAsyncDisposable
{
    private readonly ClusterConnection _connection;
    private readonly Dictionary<int, string> _experiments = [];

    private ClusterSweep(ClusterConnection connection)
    {
        _connection = connection;
    }

    /// <summary>Each submitted variant's experiment id (for <c>forcesim status</c>).</summary>
    public IReadOnlyDictionary<int, string> Experiments => _experiments;

    public static async Task<ClusterSweep> SubmitAsync(
        ClusterAddress address,
        string sweepName,
        IReadOnlyList<(int Variant, Scenario Scenario, Fingerprint Fingerprint)> pending,
        CancellationToken cancellationToken)
    {
        var sweep = new ClusterSweep(await ClusterTarget.ConnectAsync(address, cancellationToken).ConfigureAwait(false));
        try
        {
            foreach (var (variant, scenario, fingerprint) in pending)
            {
                var id = ExperimentIds.ForSweepVariant(sweepName, variant, fingerprint);
                await ExperimentWatch.SubmitAsync(sweep._connection.Grains.GetGrain<IExperimentGrain>(id), new ExperimentSpec(scenario, fingerprint.Value), cancellationToken).ConfigureAwait(false);
                sweep._experiments[variant] = id;
            }

            return sweep;
        }
        catch
        {
            await sweep.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Waits for a submitted variant, reporting its finished replications, and returns them in replication order.</summary>
    public async Task<IReadOnlyList<ReplicationResult>> CollectAsync(int variant, Action<int> finished, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finished);
        var experiment = _connection.Grains.GetGrain<IExperimentGrain>(_experiments[variant]);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _connection.Stopping);
        while (true)
        {
            var status = await ExperimentWatch.PollAsync(experiment, stop.Token).ConfigureAwait(false);
            if (status.Error is { } error)
            {
                throw new InvalidOperationException($"Variant {variant} (experiment {status.Id}) failed on the cluster: {error}");
            }

            finished(status.Done);
            if (status.IsFinished)
            {
                return (await ExperimentDownload.FetchAsync(_connection.Grains, status, stop.Token).ConfigureAwait(false)).Replications;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), stop.Token).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
