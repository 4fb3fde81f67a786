using System.Globalization;
using ForceSim.Experiments.Calibration;
using ForceSim.Reporting.Sensitivity;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>A calibration on the terminal: what is about to run, simulations done with an ETA, then the fit table, identifiability and files.</summary>
public sealed class CalibrationView : IProgress<CalibrationProgress>, IAsyncDisposable
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;
    private readonly LiveProgress _live = new();

    public void Report(CalibrationProgress value)
    {
        switch (value)
        {
            case CalibrationStarting start:
                AnsiConsole.MarkupLine($"[bold]Calibrating {Markup.Escape(start.Scenario.Name)}[/]");
                Line(string.Create(C, $"{start.Parameters.Count} parameter(s) against {start.Targets.Fitted.Count} target(s) ({start.Targets.Targets.Count - start.Targets.Fitted.Count} held out) of {start.Targets.SourcePath}"));
                Line(string.Create(C, $"ABC-SMC: {start.Settings.Generations} generation(s) of {start.Settings.Particles} particle(s), tolerance at the {start.Settings.Quantile:0.##} quantile; {start.ReplicationsPerPoint} replication(s) of {start.Scenario.Run.HorizonDays:0.#} day(s) (+{start.Scenario.Run.WarmupDays:0.#} warm-up) per point, seed {start.Scenario.Run.Seed} for every point"));
                if (start.Resumed > 0)
                {
                    Line(string.Create(C, $"Resuming: {start.Resumed} simulation(s) saved by an earlier run are reused."));
                }

                break;
            case CalibrationOnCluster onCluster:
                Line($"On cluster {onCluster.Cluster} as experiment {onCluster.ExperimentId} (re-attach with --experiment {onCluster.ExperimentId}; progress: forcesim status {onCluster.ExperimentId} --cluster {onCluster.Cluster})");
                break;
            case SimulationsFinished done:
                _live.Update(0, string.Create(C, $"Generation {done.Generation}"), done.Done, done.EstimatedTotal);
                break;
            case GenerationFinished finished:
                var p = finished.Population;
                Line(string.Create(C, $"Generation {p.Generation}: tolerance {p.Tolerance:0.###}, {p.Particles.Count} accepted of {p.Proposals} proposal(s), effective sample size {p.EffectiveSize:0.#}"));
                break;
        }
    }

    /// <summary>Runs <paramref name="work"/> with this view as its progress, and ends the progress display before returning.</summary>
    public static async Task<CalibrationOutcome> WatchAsync(Func<IProgress<CalibrationProgress>, Task<CalibrationOutcome>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var view = new CalibrationView();
        var outcome = await work(view).ConfigureAwait(false);
        await view._live.CompleteAsync().ConfigureAwait(false);
        return outcome;
    }

    public static void Print(CalibrationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var fit = new Table().AddColumns("target", "observed", "median", "95% interval", "inside", "used");
        foreach (var r in outcome.Fit)
        {
            fit.AddRow(Markup.Escape(r.Target), Markup.Escape(r.ObservedText), N(r.Median), Markup.Escape($"{N(r.Lower)} – {N(r.Upper)}"), r.Inside ? "yes" : "[red]no[/]", r.Holdout ? "holdout" : "fitted");
        }

        AnsiConsole.Write(fit);
        var labels = ParameterLabels.Of([.. outcome.Widths.Select(w => w.Parameter)]);
        var widths = new Table().AddColumns("parameter", "prior range", "posterior median", "posterior 90%", "width ratio", "constrained");
        foreach (var w in outcome.Widths)
        {
            widths.AddRow(Markup.Escape(labels[w.Parameter]), Markup.Escape($"{N(w.PriorLow)} – {N(w.PriorHigh)}"), N(w.Median), Markup.Escape($"{N(w.Lower)} – {N(w.Upper)}"), w.Ratio.ToString("0.00", C), w.Constrained ? "yes" : "[yellow]no[/]");
        }

        AnsiConsole.Write(widths);
        foreach (var pair in outcome.Correlations.Take(3))
        {
            Line(string.Create(C, $"Correlation {pair.Correlation:+0.00;-0.00}: {labels[pair.First]} and {labels[pair.Second]}"));
        }

        if (outcome.StoppedEarly)
        {
            Line(string.Create(C, $"Stopped after {outcome.Generations.Count} generation(s): the next one did not accept enough proposals within its limit; the posterior is the last full generation."));
        }

        Line(string.Create(C, $"{outcome.Simulations} simulation(s) ({outcome.Resumed} reused) in {outcome.Elapsed.TotalSeconds:0.0} s. Posterior: {outcome.PosteriorPath}. Written:"));
        foreach (var file in outcome.Files.Where(f => !f.EndsWith(".png", StringComparison.Ordinal)))
        {
            AnsiConsole.MarkupLine("  " + Markup.Escape(file));
        }
    }

    public ValueTask DisposeAsync() => _live.DisposeAsync();

    private static string N(double value) => double.IsFinite(value) ? value.ToString("G4", C) : "–";

    private static void Line(string text) => AnsiConsole.MarkupLine(Markup.Escape(text));
}
