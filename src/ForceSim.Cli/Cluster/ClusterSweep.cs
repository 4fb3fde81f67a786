using System.Security.Cryptography;
using System.Text;
using ForceSim.Engine.Running;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;
using ForceSim.Model.Scenarios;

namespace ForceSim.Cli.Cluster;

/// <summary>
/// A sweep's variants on a cluster: every variant still to run is submitted at once as its own experiment, so the
/// silos work through all of them, then the sweep collects each in order. An experiment's id comes from the variant's
/// fingerprint, so the same sweep submitted again (after Ctrl+C, or from another machine) re-attaches to the same
/// experiments and no finished replication is run twice.
/// </summary>
public sealed class ClusterSweep : IDisposable
{
    private readonly ClusterConnection _connection;
    private readonly Dictionary<int, string> _experiments = [];

    private ClusterSweep(ClusterConnection connection)
    {
        _connection = connection;
    }

    public static ClusterSweep Submit(ClusterAddress address, string sweepName, IReadOnlyList<(int Variant, Scenario Scenario, string Fingerprint)> pending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var sweep = new ClusterSweep(ClusterOption.Connect(address, cancellationToken));
        try
        {
            foreach (var (variant, scenario, fingerprint) in pending)
            {
                var spec = new ExperimentSpec(scenario, $"{fingerprint}|replications={scenario.Run.Replications}");
                var id = ExperimentId(sweepName, variant, spec.Fingerprint);
                ClusterRun.Submit(sweep._connection.Grains.GetGrain<IExperimentGrain>(id), spec);

                sweep._experiments[variant] = id;
            }

            return sweep;
        }
        catch
        {
            sweep.Dispose();
            throw;
        }
    }

    /// <summary>Each submitted variant's experiment id (for <c>forcesim status</c>).</summary>
    public IReadOnlyDictionary<int, string> Experiments => _experiments;

    /// <summary>Waits for a submitted variant, reporting its finished replications, and returns them in replication order.</summary>
    public IReadOnlyList<ReplicationResult> Collect(int variant, Action<int> finished, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finished);
        var experiment = _connection.Grains.GetGrain<IExperimentGrain>(_experiments[variant]);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _connection.Stopping);
        while (true)
        {
            var status = experiment.Status().GetAwaiter().GetResult();
            if (status.Error is { } error)
            {
                throw new InvalidOperationException($"Variant {variant} (experiment {status.Id}) failed on the cluster: {error}");
            }

            finished(status.Done);
            if (status.IsFinished)
            {
                return ExperimentDownload.Fetch(_connection.Grains, status).Replications;
            }

            Task.Delay(TimeSpan.FromMilliseconds(250), stop.Token).GetAwaiter().GetResult();
        }
    }

    public void Dispose() => _connection.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Plain characters only (ids are grain keys and Redis key parts), and the same for the same variant.</summary>
    private static string ExperimentId(string sweepName, int variant, string fingerprint)
    {
        var stem = ClusterRun.IdStem(sweepName);
        stem = stem[..Math.Min(stem.Length, 40)];
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)))[..12].ToLowerInvariant();
        return $"sweep-{(stem.Length == 0 ? "experiment" : stem)}-v{variant}-{hash}";
    }
}
