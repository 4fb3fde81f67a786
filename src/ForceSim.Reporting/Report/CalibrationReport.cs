using System.Globalization;
using System.Text;
using ForceSim.Reporting.Calibration;

namespace ForceSim.Reporting.Report;

/// <summary>report.html for <c>forcesim calibrate</c>: the fit table, what the targets pin down, then the marginal, pairwise and predictive charts.</summary>
public static class CalibrationReport
{
    /// <param name="summary">One paragraph: scenario, targets, method and its settings.</param>
    public static string Render(string title, string summary, IReadOnlyList<FitRow> fit, IReadOnlyList<ParameterWidth> widths, IReadOnlyList<ParameterCorrelation> correlations, IReadOnlyList<ReportChart> charts)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(correlations);
        ArgumentNullException.ThrowIfNull(charts);
        var c = CultureInfo.InvariantCulture;
        var body = new StringBuilder();
        body.Append(c, $"<h1>{Html.Encode(title)}</h1>\n<p class=\"subtitle\">{Html.Encode(summary)}</p>\n");
        body.Append("<h2>Fit</h2>\n<p>Observed against the posterior-predictive median and 95% interval: the posterior's simulations with each observation's own sampling error added (binomial for counts and proportions, the standard error for means). Grades are positions (0 outstanding, 1 good, 2 adequate, 3 requires improvement, 4 inadequate); a direction's statistic is the first measure minus the second. Held-out targets were not used in fitting.</p>\n");
        body.Append(Html.Table(
            ["Target", "Kind", "Source", "Observed", "Median", "95% interval", "Inside", "Used"],
            fit.Select(r => (IReadOnlyList<string>)[r.Target, r.Kind, $"{r.Source} ({r.Year})", r.ObservedText, N(r.Median), $"{N(r.Lower)} – {N(r.Upper)}", r.Inside ? "yes" : "no", r.Holdout ? "holdout" : "fitted"]),
            [4, 5]));
        body.Append(c, $"<h2>What the targets pin down</h2>\n<p>Width of the posterior's central 90% interval divided by the prior's. Above {ParameterWidth.Threshold.ToString("0.0#", c)} the targets leave a parameter about where the prior had it: it is <b>not constrained</b> and its posterior is the prior's range, not a finding.</p>\n");
        body.Append(Html.Table(
            ["Parameter", "Prior range", "Scenario", "Posterior median", "Posterior 90%", "Width ratio", "Constrained"],
            widths.Select(w => (IReadOnlyList<string>)[w.Parameter, $"{N(w.PriorLow)} – {N(w.PriorHigh)}", N(w.ScenarioValue), N(w.Median), $"{N(w.Lower)} – {N(w.Upper)}", w.Ratio.ToString("0.00", c), w.Constrained ? "yes" : "no"]),
            [2, 3, 5]));
        body.Append("<h3>Strongest correlations</h3>\n<p>Parameters the targets trade off against each other (a strong correlation means the data pin down a combination, not each alone).</p>\n");
        body.Append(Html.Table(["First", "Second", "Correlation"], correlations.Take(5).Select(r => (IReadOnlyList<string>)[r.First, r.Second, r.Correlation.ToString("0.00", c)]), [2]));
        foreach (var chart in charts)
        {
            body.Append(Html.Figure(chart));
        }

        return Html.Page(title, body.ToString());
    }

    private static string N(double value) => double.IsFinite(value) ? value.ToString("G4", CultureInfo.InvariantCulture) : "–";
}
