using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>Shows replications done with an ETA while a batch runs.</summary>
public static class ReplicationProgress
{
    public static T Run<T>(string description, int total, Func<IProgress<int>, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: total);
                var gate = new object();
                var progress = new Callback(done =>
                {
                    lock (gate)
                    {
                        task.Value = Math.Max(task.Value, done);
                        task.Description = Markup.Escape($"{description}: {done}/{total} replications");
                    }
                });
                result = work(progress);
                task.Value = total;
            });
        return result;
    }

    private sealed class Callback(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
