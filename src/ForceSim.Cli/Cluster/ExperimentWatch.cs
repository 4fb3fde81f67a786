using ForceSim.Grains.Experiments;
using Spectre.Console;

namespace ForceSim.Cli.Cluster;

/// <summary>
/// Polls an experiment on a cluster until it finishes, showing done/total, replications finished per silo and an ETA.
/// A silo dying makes a poll fail for a few seconds while the experiment moves; polls are retried meanwhile.
/// </summary>
public static class ExperimentWatch
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public static ExperimentStatus UntilFinished(IExperimentGrain experiment, int total, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ExperimentStatus last = null!;
        AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape($"Cluster: 0/{total} replications"), maxValue: total);
                while (true)
                {
                    last = Poll(experiment, cancellationToken);
                    task.Value = last.Done;
                    task.Description = Markup.Escape(Describe(last));
                    if (last.IsFinished || last.Error is not null)
                    {
                        return;
                    }

                    Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).GetAwaiter().GetResult();
                }
            });
        return last.Error is null ? last : throw new InvalidOperationException($"Experiment {last.Id} failed: {last.Error}");
    }

    /// <summary>"12/40 replications; by silo 127.0.0.1:11111 5, 127.0.0.1:11112 7; running 4".</summary>
    public static string Describe(ExperimentStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var silos = string.Join(", ", status.FinishedBySilo.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value}"));
        return $"Cluster: {status.Done}/{status.Total} replications; by silo {(silos.Length == 0 ? "none yet" : silos)}; running {status.Running.Count}";
    }

    /// <summary>One status, retried through a silo's death (the experiment re-activates elsewhere from storage).</summary>
    public static ExperimentStatus Poll(IExperimentGrain experiment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var giveUp = DateTime.UtcNow + Patience;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return experiment.Status().WaitAsync(TimeSpan.FromSeconds(20), cancellationToken).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is not OperationCanceledException && DateTime.UtcNow < giveUp)
            {
                Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).GetAwaiter().GetResult();
            }
        }
    }
}
