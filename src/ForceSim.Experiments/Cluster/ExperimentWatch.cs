using ForceSim.Grains.Experiments;

namespace ForceSim.Experiments.Cluster;

/// <summary>
/// Polls an experiment on a cluster. A silo dying makes a call fail for a few seconds while the experiment moves to
/// another silo; polls, submissions and downloads are retried meanwhile.
/// </summary>
public static class ExperimentWatch
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>Reports every status until the experiment finishes; a failed experiment is an error naming why.</summary>
    public static async Task<ExperimentStatus> UntilFinishedAsync(IExperimentGrain experiment, IProgress<ExperimentStatus>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        while (true)
        {
            var status = await PollAsync(experiment, cancellationToken).ConfigureAwait(false);
            progress?.Report(status);
            if (status.Error is not null)
            {
                throw new InvalidOperationException($"Experiment {status.Id} failed: {status.Error}");
            }

            if (status.IsFinished)
            {
                return status;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One status, retried through a silo's death (the experiment re-activates elsewhere from storage).</summary>
    public static Task<ExperimentStatus> PollAsync(IExperimentGrain experiment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        return PatientlyAsync(experiment.Status, cancellationToken);
    }

    /// <summary>
    /// Submits, turning the cluster's refusal (too many replications, an id used for something else) into an invalid
    /// request. Retried through a silo's death like a poll: submitting the same experiment again only re-attaches.
    /// </summary>
    public static async Task<ExperimentStatus> SubmitAsync(IExperimentGrain experiment, ExperimentSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        try
        {
            return await PatientlyAsync(() => experiment.Submit(spec), cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            throw new InvalidRequestException(e.Message, e);
        }
    }

    /// <summary>
    /// One call to a grain of the cluster, retried while it fails for a few minutes at most: a silo that dies takes the
    /// activations it held (and, for clients using it as their gateway, the connection) with it until the cluster notices.
    /// The cluster's refusals (<see cref="ArgumentException"/>) are answers, not failures, and are not retried.
    /// </summary>
    internal static async Task<T> PatientlyAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        var giveUp = DateTime.UtcNow + Patience;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await call().WaitAsync(TimeSpan.FromSeconds(20), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException and not ArgumentException && DateTime.UtcNow < giveUp)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
