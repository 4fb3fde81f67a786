using System.Globalization;
using ForceSim.Experiments.Sweeping;
using ForceSim.Model.Experiments;
using ForceSim.Reporting.Sweeps;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>A sweep on the terminal: the design about to run, variants done with an ETA, then the tornado table and files.</summary>
public sealed class SweepView : IProgress<SweepProgress>, IAsyncDisposable
{
    private readonly LiveProgress _live = new();

    public void Report(SweepProgress value)
    {
        switch (value)
        {
            case SweepStarting start:
                var scenario = start.Scenario;
                AnsiConsole.MarkupLine($"[bold]{Markup.Escape(start.Experiment.Name)}[/]");
                Line(string.Create(CultureInfo.InvariantCulture,
                    $"{start.Variants} variant(s) of {start.Experiment.Factors.Count} factor(s) ({DesignName(start.Experiment.Design)}) on {scenario.Name}; {scenario.Run.Replications} replication(s) each; seed {scenario.Run.Seed} for every variant"));
                if (start.Resumed > 0)
                {
                    Line($"Resuming: {start.Resumed} variant(s) already finished by an earlier run are reused.");
                }

                break;
            case SweepSubmitted submitted:
                Line($"Variants submitted to cluster {submitted.Cluster} as experiments; the silos run their replications.");
                foreach (var (variant, id) in submitted.Experiments)
                {
                    Line($"  variant {variant}: experiment {id}");
                }

                break;
            case VariantsFinished finished:
                _live.Update(0, $"Sweeping: {finished.Done}/{finished.Variants} variants", finished.ReplicationsDone, (double)finished.Variants * finished.ReplicationsPerVariant);
                break;
        }
    }

    /// <summary>Runs <paramref name="work"/> with this view as its progress, and ends the progress display before returning.</summary>
    public static async Task<SweepOutcome> WatchAsync(Func<IProgress<SweepProgress>, Task<SweepOutcome>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var view = new SweepView();
        var outcome = await work(view).ConfigureAwait(false);
        await view._live.CompleteAsync().ConfigureAwait(false);
        return outcome;
    }

    public static void Print(SweepOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        SummaryLines.Print(outcome.Summary);
        if (outcome.Experiment.Design == DesignType.OneAtATime)
        {
            AnsiConsole.Write(Tornado(outcome.Tornado));
        }

        if (outcome.PosteriorSentence is { } posterior)
        {
            Line(posterior);
        }

        Line(string.Create(CultureInfo.InvariantCulture,
            $"{outcome.Variants} variant(s) × {outcome.ReplicationsPerVariant} replication(s) in {outcome.Elapsed.TotalSeconds:0.0} s. Written:"));
        foreach (var file in outcome.Files)
        {
            AnsiConsole.MarkupLine("  " + Markup.Escape(file));
        }
    }

    public ValueTask DisposeAsync() => _live.DisposeAsync();

    private static Table Tornado(IReadOnlyList<TornadoBar> bars)
    {
        var table = new Table().AddColumns("factor", "measure", "low", "high", "base", "swing");
        foreach (var bar in bars.Take(15))
        {
            var unit = MeasureLabels.UnitOf(bar.Measure);
            table.AddRow(Markup.Escape(bar.Factor), Markup.Escape(MeasureLabels.Of(bar.Measure)), Show(bar.Low, unit), Show(bar.High, unit), Show(bar.Base, unit), Show(bar.Swing, unit));
        }

        return table;
        static string Show(double? value, MeasureUnit unit) => value is { } v ? MeasureFormat.Value(v, unit) : "–";
    }

    private static string DesignName(DesignType design) => design switch
    {
        DesignType.Factorial => "factorial",
        DesignType.LatinHypercube => "Latin hypercube",
        _ => "one at a time",
    };

    private static void Line(string text) => AnsiConsole.MarkupLine(Markup.Escape(text));
}
