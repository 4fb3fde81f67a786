using System.Globalization;
using ForceSim.Experiments.Sensitivity;
using ForceSim.Reporting.Sensitivity;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>A sensitivity ranking on the terminal: what is about to run, settings done with an ETA, then the ranking and files.</summary>
public sealed class SensitivityView : IProgress<SensitivityProgress>, IAsyncDisposable
{
    private readonly LiveProgress _live = new();

    public void Report(SensitivityProgress value)
    {
        switch (value)
        {
            case SensitivityStarting start:
                var run = start.Scenario.Run;
                AnsiConsole.MarkupLine($"[bold]Which assumptions matter: {Markup.Escape(start.Scenario.Name)}[/]");
                Line(string.Create(CultureInfo.InvariantCulture,
                    $"{start.Assumptions.Parameters.Count} assumed parameter(s) from {start.Assumptions.SourcePath}, each at its low and high end: {start.Settings} setting(s) with the baseline; {run.Replications} replication(s) each; seed {run.Seed} for every setting (paired)"));
                if (start.Resumed > 0)
                {
                    Line($"Resuming: {start.Resumed} setting(s) already finished by an earlier run are reused.");
                }

                break;
            case SettingsFinished finished:
                _live.Update(0, $"Settings: {finished.Done}/{finished.Settings}", finished.ReplicationsDone, (double)finished.Settings * finished.ReplicationsPerSetting);
                break;
        }
    }

    /// <summary>Runs <paramref name="work"/> with this view as its progress, and ends the progress display before returning.</summary>
    public static async Task<SensitivityOutcome> WatchAsync(Func<IProgress<SensitivityProgress>, Task<SensitivityOutcome>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var view = new SensitivityView();
        var outcome = await work(view).ConfigureAwait(false);
        await view._live.CompleteAsync().ConfigureAwait(false);
        return outcome;
    }

    public static void Print(SensitivityOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var c = CultureInfo.InvariantCulture;
        var labels = ParameterLabels.Of([.. outcome.Ranking.Select(r => r.Parameter)]);
        var byName = MeasureCatalog.Headline.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var table = new Table().AddColumns("rank", "parameter", "range", "baseline", "score", "moves", "most of all", "low end", "high end", "grade change");
        foreach (var r in outcome.Ranking)
        {
            var unit = r.TopMeasure is { } t && byName.TryGetValue(t, out var d) ? d.Unit : MeasureUnit.Count;
            table.AddRow(
                r.Rank.ToString(c),
                Markup.Escape(labels[r.Parameter]),
                Markup.Escape($"{r.Low.ToString("G4", c)} – {r.High.ToString("G4", c)}"),
                r.BaseValue.ToString("G4", c),
                r.Score.ToString("0.00", c),
                r.MeasuresMoved.ToString(c),
                Markup.Escape(r.TopMeasure is { } m && byName.TryGetValue(m, out var shown) ? shown.Label.Trim() : "–"),
                Markup.Escape(Effect(r.TopLowEffect, unit)),
                Markup.Escape(Effect(r.TopHighEffect, unit)),
                Markup.Escape(r.GradeText));
        }

        AnsiConsole.Write(table);
        Line("Score: each headline measure's largest paired effect (95% interval excluding zero) relative to the largest of any parameter, averaged; grade change: the largest change in any grade's probability that its paired interval excludes zero.");
        Line(string.Create(c, $"{outcome.Ranking.Count * 2 + 1} setting(s) × {outcome.ReplicationsPerSetting} replication(s) in {outcome.Elapsed.TotalSeconds:0.0} s. Written:"));
        foreach (var file in outcome.Files.Where(f => !f.EndsWith(".png", StringComparison.Ordinal)))
        {
            AnsiConsole.MarkupLine("  " + Markup.Escape(file));
        }

        Line(string.Create(c, $"  {outcome.Files.Count(f => f.EndsWith(".png", StringComparison.Ordinal))} tornado chart(s) under {Path.Combine(outcome.Directory, "charts")}"));
    }

    public ValueTask DisposeAsync() => _live.DisposeAsync();

    private static string Effect(double? value, MeasureUnit unit)
    {
        if (value is not { } v)
        {
            return "–";
        }

        var sign = v > 0 ? "+" : "";
        return unit == MeasureUnit.Fraction ? sign + (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " pts" : sign + MeasureFormat.Value(v, unit);
    }

    private static void Line(string text) => AnsiConsole.MarkupLine(Markup.Escape(text));
}
