using ForceSim.Experiments.Comparing;
using ForceSim.Reporting.Summaries;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>A comparison on the terminal: what is compared, each scenario's replications, then each option against the base.</summary>
public sealed class CompareView : IProgress<CompareProgress>, IAsyncDisposable
{
    private readonly LiveProgress _live = new();

    public void Report(CompareProgress value)
    {
        switch (value)
        {
            case CompareStarting start:
                AnsiConsole.MarkupLine(Markup.Escape(start.Paired
                    ? $"Comparing {start.OptionNames.Count} option(s) with \"{start.BaseName}\": {start.Replications} replication(s) each, seed {start.Seed} (common random numbers)."
                    : $"Comparing {start.OptionNames.Count} option(s) with \"{start.BaseName}\" as independent runs: intervals are unpaired (Welch), not paired."));
                break;
            case CompareOnCluster onCluster:
                AnsiConsole.MarkupLine(Markup.Escape($"On cluster {onCluster.Cluster} as experiment {onCluster.ExperimentId} (re-attach with --experiment {onCluster.ExperimentId}; progress: forcesim status {onCluster.ExperimentId} --cluster {onCluster.Cluster})"));
                break;
            case ScenarioReplicationsFinished finished:
                _live.Update(finished.Index, $"{finished.Name}: {finished.Done}/{finished.Total} replications", finished.Done, finished.Total);
                break;
        }
    }

    /// <summary>Runs <paramref name="work"/> with this view as its progress, and ends the progress display before returning.</summary>
    public static async Task<CompareOutcome> WatchAsync(Func<IProgress<CompareProgress>, Task<CompareOutcome>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var view = new CompareView();
        var outcome = await work(view).ConfigureAwait(false);
        await view._live.CompleteAsync().ConfigureAwait(false);
        return outcome;
    }

    public static void Print(CompareOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        SummaryLines.Print(CompareSummaryText.Sentences(outcome.BaseName, outcome.Options, paired: outcome.Paired));
        foreach (var (option, differences) in outcome.Options)
        {
            AnsiConsole.Write(ComparisonTable.Build(outcome.BaseName, option, differences, outcome.Paired));
        }

        GradeMoveLines.Print(outcome.BaseName, outcome.Grades);
        foreach (var posterior in outcome.Posteriors)
        {
            AnsiConsole.MarkupLine(Markup.Escape(PosteriorTable.Describe(posterior)));
            PosteriorTable.PrintChange(posterior);
        }

        AnsiConsole.MarkupLine(Markup.Escape($"Written: {outcome.ComparisonFile}, {outcome.ReportFile} and each scenario's results under {outcome.Directory}"));
    }

    public ValueTask DisposeAsync() => _live.DisposeAsync();
}
