using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>Shows a sweep's progress (variants done of the total, with an ETA counted in replications) while it runs.</summary>
public static class SweepProgress
{
    /// <param name="work">Gets a callback to report (variants done, replications done across the sweep).</param>
    public static void Run(int variants, int replicationsPerVariant, Action<Action<int, int>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var total = (double)variants * replicationsPerVariant;
        AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape($"Sweeping: 0/{variants} variants"), maxValue: total);
                var gate = new object();
                work((variantsDone, replicationsDone) =>
                {
                    lock (gate)
                    {
                        task.Value = Math.Max(task.Value, replicationsDone);
                        task.Description = Markup.Escape($"Sweeping: {variantsDone}/{variants} variants");
                    }
                });
                task.Value = total;
            });
    }
}
