using System.Diagnostics;
using ForceSim.Engine.Running;
using ForceSim.Experiments.Checkpoints;
using ForceSim.Experiments.Running;
using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Output;

namespace ForceSim.Experiments.Cluster;

/// <summary>
/// A run on a cluster: submits the scenario's replications as an experiment, watches it, then writes the same results
/// folder as a local run. Cancelling only detaches: the experiment carries on in the cluster.
/// </summary>
internal static class ClusterRun
{
    public static async Task<RunOutcome> RunAsync(
        RunRequest request,
        Scenario scenario,
        ClusterAddress address,
        string directory,
        IProgress<RunProgress>? progress,
        CancellationToken cancellationToken)
    {
        var id = ExperimentIds.Check(request.ExperimentId ?? ExperimentIds.New(request.ScenarioPath));
        var fingerprint = Fingerprint.OfScenario(request.ScenarioPath, scenario, request.Overrides).ForReplications(scenario.Run.Replications);
        var clock = Stopwatch.StartNew();
        await using var connection = await ClusterTarget.ConnectAsync(address, cancellationToken).ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connection.Stopping);
        var experiment = connection.Grains.GetGrain<IExperimentGrain>(id);
        var spec = new ExperimentSpec(scenario, fingerprint.Value, request.Host, request.VictimRestMinutes);
        var submitted = await ExperimentWatch.SubmitAsync(experiment, spec, stop.Token).ConfigureAwait(false);
        progress?.Report(new ClusterRunSubmitted(scenario, id, address, submitted));
        ExperimentStatus finished;
        try
        {
            var polled = progress is null ? null : new CallbackProgress<ExperimentStatus>(s => progress.Report(new ClusterRunStatus(s)));
            finished = await ExperimentWatch.UntilFinishedAsync(experiment, polled, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e)
        {
            throw new ExperimentDetachedException(id, address, directory, e);
        }

        var result = await ExperimentDownload.FetchAsync(connection.Grains, finished, cancellationToken).ConfigureAwait(false);
        clock.Stop();
        var source = Path.GetFullPath(request.ScenarioPath);
        var outcome = await RunPublication.PublishAsync(directory, source, scenario, result, Info(source, finished, result, address, clock.Elapsed), null, clock.Elapsed, cancellationToken).ConfigureAwait(false);
        return outcome with { Cluster = finished };
    }

    /// <summary>run-info.json of an experiment run on a cluster.</summary>
    public static RunInfo Info(string source, ExperimentStatus status, ExperimentResult result, ClusterAddress address, TimeSpan elapsed) => new()
    {
        ScenarioFile = source,
        ScenarioName = status.ScenarioName,
        Seed = status.Seed,
        Replications = status.Total,
        ResumedReplications = 0,
        WallSeconds = elapsed.TotalSeconds,
        EventsProcessed = result.EventsProcessed,
        Parallelism = status.FinishedBySilo.Count,
        Host = $"cluster {address} experiment {status.Id}" + (status.Host == ReplicationHost.Grains ? " (grain host)" : ""),
    };
}
