using System.Globalization;
using System.Text;
using ForceSim.Engine.Running;
using ForceSim.Reporting.Posteriors;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Report;

/// <summary>
/// With <c>--posterior</c>: which posterior the run drew from, and for each headline measure the interval with parameter
/// uncertainty beside the one replication noise alone would give, so a reader sees how much the assumptions matter.
/// </summary>
public static class PosteriorSection
{
    public static string Render(PosteriorSummary? posterior, SortedDictionary<string, MeasureSummary> summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (posterior is null)
        {
            return "";
        }

        var body = new StringBuilder("<h2>Parameter uncertainty</h2>\n");
        var kept = posterior.Kept.Count > 0 ? $" Kept at this scenario's own value: {string.Join(", ", posterior.Kept)}." : "";
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Html.Encode($"Each replication ran with a parameter set drawn from the posterior {posterior.File} (model version {posterior.ModelVersion}, {posterior.Method}): {posterior.Parameters.Count} parameter(s), {posterior.Draws.Distinct().Count()} distinct set(s) over {posterior.Draws.Count} replication(s).{kept} The intervals above include parameter uncertainty. Twin replications with the same parameters split each measure's variance (law of total variance) into replication noise and parameter uncertainty.")}</p>\n");
        if (posterior.Measures.Count == 0)
        {
            return body.ToString();
        }

        body.Append(Html.Table(
            ["Measure", "95% CI with parameter uncertainty", "Replication noise alone", "Share of variance from parameters"],
            MeasureCatalog.Headline
                .Where(m => posterior.Measures.ContainsKey(m.Name) && summary.ContainsKey(m.Name))
                .Select(m =>
                {
                    var split = posterior.Measures[m.Name];
                    var s = summary[m.Name];
                    return (IReadOnlyList<string>)[m.Label.Trim(), MeasureFormat.Interval(s.Lower, s.Upper, m.Unit), MeasureFormat.Interval(split.NoiseOnlyLower, split.NoiseOnlyUpper, m.Unit), MeasureFormat.Percent(split.ParameterShare)];
                }),
            1, 2, 3));
        return body.ToString();
    }
}
