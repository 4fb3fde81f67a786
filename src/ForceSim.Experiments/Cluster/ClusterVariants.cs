using ForceSim.Engine.Compilation;
using ForceSim.Engine.Diagnostics;
using ForceSim.Engine.Running;
using ForceSim.Experiments.Checkpoints;
using ForceSim.Experiments.Running;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;

namespace ForceSim.Experiments.Cluster;

/// <summary>
/// A multi-variant experiment on a cluster (a comparison's base and options, a budget search's mixes): one experiment
/// grain whose variants' replications run on the silos. Only per-replication results come back, and the caller does its
/// statistics on them exactly as on a local run's. Variants are added batch by batch (a budget search adds each round's
/// mixes); the whole list so far is submitted each time, so a client that submits the same request again under the same
/// id re-attaches, finds every finished replication there and runs none of them twice.
/// </summary>
public sealed class ClusterVariants : IAsyncDisposable
{
    private static readonly TimeSpan PollPause = TimeSpan.FromMilliseconds(300);
    private readonly ClusterConnection _connection;
    private readonly Fingerprint _fingerprint;
    private readonly string _directory;
    private readonly List<ExperimentVariant> _variants = [];

    private ClusterVariants(ClusterConnection connection, ClusterAddress cluster, string id, Fingerprint fingerprint, string directory)
    {
        _connection = connection;
        Cluster = cluster;
        Id = id;
        _fingerprint = fingerprint;
        _directory = directory;
    }

    public string Id { get; }

    public ClusterAddress Cluster { get; }

    /// <summary>How the silos run the replications (never changes results; set before the first batch): the in-process engine unless the request says otherwise.</summary>
    public ReplicationHost Host { get; set; } = ReplicationHost.InProcess;

    /// <summary>On the grain host: how long a victim with nothing to do rests before its grain is released (set before the first batch).</summary>
    public double VictimRestMinutes { get; set; } = Grains.Runs.RunSpec.DefaultVictimRestMinutes;

    /// <param name="directory">The output folder the request writes (named when the client detaches).</param>
    public static async Task<ClusterVariants> ConnectAsync(ClusterAddress cluster, string id, Fingerprint fingerprint, string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(fingerprint);
        ExperimentIds.Check(id);
        return new ClusterVariants(await ClusterTarget.ConnectAsync(cluster, cancellationToken).ConfigureAwait(false), cluster, id, fingerprint, directory);
    }

    /// <summary>
    /// Adds <paramref name="added"/> to the experiment, waits until their replications are finished and returns their
    /// results in order, diagnosed as a local run's are. <paramref name="polled"/> sees every status with the plan that
    /// numbers its items. Cancelling only detaches (<see cref="ExperimentDetachedException"/>).
    /// </summary>
    public async Task<IReadOnlyList<ExperimentResult>> RunAsync(
        IReadOnlyList<ExperimentVariant> added,
        Action<ExperimentStatus, ExperimentPlan>? polled,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(added);
        var first = _variants.Count;
        _variants.AddRange(added);
        var spec = new ExperimentSpec(_variants[0].Scenario, _fingerprint.Value, Host, VictimRestMinutes, [.. _variants]);
        var plan = ExperimentPlan.Of(spec);
        var experiment = _connection.Grains.GetGrain<IExperimentGrain>(Id);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _connection.Stopping);
        ExperimentStatus status;
        try
        {
            status = await ExperimentWatch.SubmitAsync(experiment, spec, stop.Token).ConfigureAwait(false);
            status = await UntilDoneAsync(experiment, status, plan, plan.Offset(first), polled, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
        {
            throw new ExperimentDetachedException(Id, Cluster, _directory, e);
        }

        var results = new List<ExperimentResult>(added.Count);
        for (var variant = first; variant < _variants.Count; variant++)
        {
            var result = await ExperimentDownload.FetchVariantAsync(_connection.Grains, status, plan, variant, stop.Token).ConfigureAwait(false);
            results.Add(StabilityDiagnosis.Apply(result, new CompiledScenario(plan.Scenarios[variant]).Rubric));
        }

        return results;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    /// <summary>Polls until every item from <paramref name="from"/> to the plan's end is finished; a failed experiment is an error naming why.</summary>
    private static async Task<ExperimentStatus> UntilDoneAsync(
        IExperimentGrain experiment,
        ExperimentStatus status,
        ExperimentPlan plan,
        int from,
        Action<ExperimentStatus, ExperimentPlan>? polled,
        CancellationToken cancellationToken)
    {
        while (true)
        {
            polled?.Invoke(status, plan);
            if (status.Error is not null)
            {
                throw new InvalidOperationException($"Experiment {status.Id} failed: {status.Error}");
            }

            if (status.Finished.Count(i => i >= from && i < plan.Total) == plan.Total - from)
            {
                return status;
            }

            await Task.Delay(PollPause, cancellationToken).ConfigureAwait(false);
            status = await ExperimentWatch.PollAsync(experiment, cancellationToken).ConfigureAwait(false);
        }
    }
}
