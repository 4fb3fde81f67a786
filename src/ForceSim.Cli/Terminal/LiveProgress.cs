using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>
/// Progress bars (done of a total, with an ETA) that appear on the first report, so a command can hand a service its
/// progress without knowing when the work starts. Reports may come from any thread; the display picks up the latest.
/// </summary>
public sealed class LiveProgress : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly TaskCompletionSource _stop = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<ProgressCounter> _bars = [];
    private Task? _display;
    private bool _fill;

    /// <summary>Sets bar <paramref name="bar"/> (added on first sight, in order) and starts the display if it is not showing yet.</summary>
    public void Update(int bar, string description, double done, double total)
    {
        lock (_gate)
        {
            if (_stop.Task.IsCompleted)
            {
                return; // a late report after the work ended must not start a display over what follows
            }

            while (_bars.Count <= bar)
            {
                _bars.Add(new ProgressCounter());
            }

            _bars[bar].Update(description, done, total);
            _display ??= Task.Run(ShowAsync);
        }
    }

    /// <summary>Fills every bar and ends the display: the work is done.</summary>
    public async Task CompleteAsync()
    {
        lock (_gate)
        {
            _fill = true;
        }

        await DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Ends the display where it stands (the work failed or was cancelled), so later output is not overdrawn.</summary>
    public async ValueTask DisposeAsync()
    {
        _stop.TrySetResult();
        Task? display;
        lock (_gate)
        {
            display = _display;
        }

        if (display is not null)
        {
            await display.ConfigureAwait(false);
        }
    }

    private Task ShowAsync() => AnsiConsole.Progress()
        .AutoClear(false)
        .HideCompleted(false)
        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn())
        .StartAsync(async context =>
        {
            var tasks = new List<ProgressTask>();
            while (true)
            {
                var stopping = _stop.Task.IsCompleted;
                lock (_gate)
                {
                    for (var i = 0; i < _bars.Count; i++)
                    {
                        var bar = _bars[i];
                        if (i == tasks.Count)
                        {
                            tasks.Add(context.AddTask(Markup.Escape(bar.Description), maxValue: bar.Total));
                        }

                        tasks[i].MaxValue = bar.Total;
                        tasks[i].Value = stopping && _fill ? bar.Total : bar.Done;
                        tasks[i].Description = Markup.Escape(bar.Description);
                    }
                }

                if (stopping)
                {
                    return;
                }

                await Task.WhenAny(_stop.Task, Task.Delay(100)).ConfigureAwait(false);
            }
        });
}
