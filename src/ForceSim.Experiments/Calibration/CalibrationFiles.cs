using System.Globalization;
using ForceSim.Engine;
using ForceSim.Experiments.Posteriors;
using ForceSim.Reporting.Calibration;
using ForceSim.Reporting.Charts;
using ForceSim.Reporting.Output;
using ForceSim.Reporting.Report;

namespace ForceSim.Experiments.Calibration;

/// <summary>
/// Writes a calibration's files together (one output batch): the posterior CSV and Parquet, fit.csv,
/// identifiability.csv, correlations.csv, generations.csv, and report.html with its charts. Nothing in them depends on
/// timing or parallelism, so a resumed calibration writes the same bytes.
/// </summary>
internal static class CalibrationFiles
{
    private const int PairCharts = 3;

    public static async Task<(IReadOnlyList<FitRow> Fit, IReadOnlyList<ParameterWidth> Widths, IReadOnlyList<ParameterCorrelation> Correlations, string Posterior, IReadOnlyList<string> Paths)> WriteAsync(
        string directory, string posteriorPath, CalibrationPlan plan, IReadOnlyList<Population> generations, CalibrationRequest request, CancellationToken cancellationToken)
    {
        var posterior = generations[^1];
        var names = plan.Parameters.Select(p => p.Path).ToList();
        var fit = CalibrationAnalysis.Fit(plan.Targets.Targets, posterior);
        var widths = CalibrationAnalysis.Widths(plan, posterior);
        var correlations = CalibrationAnalysis.Correlations(names, posterior);
        var method = string.Create(CultureInfo.InvariantCulture, $"abc-smc generations={generations.Count} particles={request.Particles} quantile={request.Quantile} replications_per_point={request.ReplicationsPerPoint} horizon_days={request.HorizonDays} seed={plan.Scenario.Run.Seed}");
        var folder = Path.GetDirectoryName(Path.GetFullPath(posteriorPath)) ?? ".";
        var table = new Posterior(
            ModelVersion.Current,
            method,
            Relative(folder, plan.ScenarioPath),
            Relative(folder, plan.Targets.SourcePath),
            names,
            [.. posterior.Particles.Select((p, i) => new PosteriorDraw(i, p.Weight, p.Values))]);
        using var batch = OutputBatch.Begin(directory);
        var parquet = Path.ChangeExtension(posteriorPath, ".parquet");
        PosteriorFile.Write(posteriorPath, table);
        await PosteriorFile.WriteParquetAsync(parquet, table, cancellationToken).ConfigureAwait(false);
        var paths = new List<string> { posteriorPath, parquet };
        foreach (var (name, text) in new[]
        {
            ("fit.csv", CalibrationCsv.Fit(fit)),
            ("identifiability.csv", CalibrationCsv.Identifiability(widths)),
            ("correlations.csv", CalibrationCsv.Correlations(correlations)),
            ("generations.csv", CalibrationCsv.Generations([.. generations.Select(g => (g.Generation, g.Tolerance, g.Proposals, g.Particles.Count, g.EffectiveSize))])),
        })
        {
            var path = Path.Combine(directory, name);
            AtomicFile.WriteAllText(path, text);
            paths.Add(path);
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"{plan.Scenario.Name} fitted to {plan.Targets.Fitted.Count} target(s) of {plan.Targets.SourcePath} ({plan.Targets.Targets.Count - plan.Targets.Fitted.Count} held out); {names.Count} parameter(s) from {plan.Assumptions.SourcePath}. Method: {method.Replace("abc-smc", "ABC-SMC", StringComparison.Ordinal)}; the final tolerance was {posterior.Tolerance:0.###} (root mean square of the standardised gaps); effective sample size {posterior.EffectiveSize:0.#}. Every simulation used the same seed (common random numbers).");
        var charts = Charts(plan, posterior, fit, widths, correlations);
        var html = CalibrationReport.Render($"Calibration: {plan.Scenario.Name}", summary, fit, widths, correlations, charts);
        paths.AddRange(ReportFiles.Write(directory, html, charts));
        batch.Commit();
        return (fit, widths, correlations, posteriorPath, paths);
    }

    /// <summary>A path as the posterior's header gives it: relative to the CSV's folder, with forward slashes.</summary>
    private static string Relative(string folder, string path) => Path.GetRelativePath(folder, Path.GetFullPath(path)).Replace('\\', '/');

    private static List<ReportChart> Charts(CalibrationPlan plan, Population posterior, IReadOnlyList<FitRow> fit, IReadOnlyList<ParameterWidth> widths, IReadOnlyList<ParameterCorrelation> correlations)
    {
        var weights = posterior.Particles.Select(p => p.Weight).ToList();
        var charts = new List<ReportChart>
        {
            new("predictive-check.png", "Predictive check", "Each target's posterior-predictive median (dot) and 95% interval (bar), in standard deviations of the observation from the observed figure; held-out targets in orange.", PosteriorCharts.Predictive([.. fit.Select(r => (r.Target, (r.Lower - r.Observed) / r.Scale, (r.Median - r.Observed) / r.Scale, (r.Upper - r.Observed) / r.Scale, r.Holdout))])),
        };
        for (var j = 0; j < plan.Parameters.Count; j++)
        {
            var p = plan.Parameters[j];
            var index = j;
            charts.Add(new ReportChart(
                string.Create(CultureInfo.InvariantCulture, $"marginal-{j + 1:D2}.png"),
                $"Posterior of {p.ShortName}",
                string.Create(CultureInfo.InvariantCulture, $"{p.Path}: posterior weight over the prior range {p.Low:G4} – {p.High:G4}; width ratio {widths[j].Ratio:0.00} ({(widths[j].Constrained ? "constrained" : "not constrained")})."),
                PosteriorCharts.Marginal(p.ShortName, p.Low, p.High, [.. posterior.Particles.Select(q => q.Values[index])], weights, p.ScenarioValue ?? double.NaN)));
        }

        var names = plan.Parameters.Select(p => p.Path).ToList();
        foreach (var pair in correlations.Take(PairCharts))
        {
            var (a, b) = (names.IndexOf(pair.First), names.IndexOf(pair.Second));
            charts.Add(new ReportChart(
                $"pair-{charts.Count:D2}.png",
                $"{plan.Parameters[a].ShortName} against {plan.Parameters[b].ShortName}",
                $"{pair.First} and {pair.Second} across the posterior.",
                PosteriorCharts.Pair(plan.Parameters[a].ShortName, plan.Parameters[b].ShortName, [.. posterior.Particles.Select(q => q.Values[a])], [.. posterior.Particles.Select(q => q.Values[b])], weights, pair.Correlation)));
        }

        return charts;
    }
}
