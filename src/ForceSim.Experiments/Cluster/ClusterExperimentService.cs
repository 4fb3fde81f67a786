using System.Diagnostics;
using ForceSim.Experiments.Running;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;
using ForceSim.Reporting.Output;

namespace ForceSim.Experiments.Cluster;

/// <summary>Experiments already on a cluster, from any process: how far one has got, and its results folder once finished.</summary>
public static class ClusterExperimentService
{
    /// <exception cref="InvalidRequestException">No experiment has that id on that cluster.</exception>
    public static async Task<ExperimentStatus> StatusAsync(string experimentId, ClusterAddress cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ExperimentIds.Check(experimentId);
        await using var connection = await ClusterTarget.ConnectAsync(cluster, cancellationToken).ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connection.Stopping);
        var status = await ExperimentWatch.PollAsync(connection.Grains.GetGrain<IExperimentGrain>(experimentId), stop.Token).ConfigureAwait(false);
        return status.Exists ? status : throw NotFound(experimentId, cluster);
    }

    /// <summary>The same files as the run that submitted it; <see cref="RunOutcome.Cluster"/> holds the finished experiment.</summary>
    public static async Task<RunOutcome> ResultsAsync(ResultsRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = ExperimentIds.Check(request.ExperimentId);
        var address = request.Cluster;
        var directory = request.OutputDirectory ?? Path.Combine("results", id);
        using var folder = OutputLock.Acquire(directory);
        var clock = Stopwatch.StartNew();
        await using var connection = await ClusterTarget.ConnectAsync(address, cancellationToken).ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connection.Stopping);
        var experiment = connection.Grains.GetGrain<IExperimentGrain>(id);
        var status = await ExperimentWatch.PollAsync(experiment, stop.Token).ConfigureAwait(false);
        if (!status.Exists)
        {
            throw NotFound(id, address);
        }

        if (status.Error is not null)
        {
            throw new InvalidOperationException($"Experiment {id} failed: {status.Error}");
        }

        if (status.HasVariants)
        {
            throw new InvalidRequestException(
                $"Experiment {id} has {status.VariantReplications.Count} variant(s): it is a comparison, a budget search or a calibration, whose outputs need its request. "
                + $"Give the same `forcesim compare`, `forcesim budget` or `forcesim calibrate` command again with --cluster {address} --experiment {id}: it re-attaches and re-runs nothing finished.");
        }

        if (!status.IsFinished)
        {
            if (!request.Wait)
            {
                throw new InvalidRequestException($"Experiment {id} has finished {status.Done} of {status.Total} replications; wait for it (--wait) or check with `forcesim status {id} --cluster {address}`.");
            }

            var polled = progress is null ? null : new CallbackProgress<ExperimentStatus>(s => progress.Report(new ClusterRunStatus(s)));
            status = await ExperimentWatch.UntilFinishedAsync(experiment, polled, stop.Token).ConfigureAwait(false);
        }

        var spec = await ExperimentWatch.PatientlyAsync(experiment.Spec, stop.Token).ConfigureAwait(false);
        var result = await ExperimentDownload.FetchAsync(connection.Grains, status, cancellationToken).ConfigureAwait(false);
        var source = $"experiment {id} on cluster {address}";
        var info = ClusterRun.Info(source, status, result, address, clock.Elapsed);
        var outcome = await RunPublication.PublishAsync(directory, source, spec.Scenario, result, info, null, clock.Elapsed, cancellationToken).ConfigureAwait(false);
        return outcome with { Cluster = status };
    }

    private static InvalidRequestException NotFound(string id, ClusterAddress cluster) => new($"No experiment '{id}' on cluster {cluster}.");
}
