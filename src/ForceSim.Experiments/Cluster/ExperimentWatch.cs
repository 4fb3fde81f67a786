using ForceSim.Grains.Experiments;

namespace ForceSim.Experiments.Cluster;

/// <summary>
/// Polls an experiment on a cluster. A silo dying makes a poll fail for a few seconds while the experiment moves to
/// another silo; polls are retried meanwhile.
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
    public static async Task<ExperimentStatus> PollAsync(IExperimentGrain experiment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var giveUp = DateTime.UtcNow + Patience;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await experiment.Status().WaitAsync(TimeSpan.FromSeconds(20), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException && DateTime.UtcNow < giveUp)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Submits, turning the cluster's refusal (too many replications, an id used for something else) into an invalid request.</summary>
    public static async Task<ExperimentStatus> SubmitAsync(IExperimentGrain experiment, ExperimentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        try
        {
            return await experiment.Submit(spec).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            throw new InvalidRequestException(e.Message, e);
        }
    }
}
