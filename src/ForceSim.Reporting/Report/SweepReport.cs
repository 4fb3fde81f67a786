using System.Globalization;
using System.Text;
using ForceSim.Engine.Running;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Charts;
using ForceSim.Reporting.Summaries;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Report;

/// <summary>report.html for <c>forcesim sweep</c>: the variants with their mean measures, and tornado charts for one-at-a-time designs.</summary>
public static class SweepReport
{
    /// <summary>One tornado chart per measure (the six with the largest swings).</summary>
    public static IReadOnlyList<ReportChart> TornadoCharts(IReadOnlyList<Sweeps.TornadoBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var groups = bars
            .Where(b => b.Low is not null && b.High is not null && b.Base is not null)
            .GroupBy(b => b.Measure)
            .OrderByDescending(g => g.Max(b => b.Swing ?? 0))
            .Take(6)
            .ToList();
        var charts = new List<ReportChart>();
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            // Proportions are drawn in percent so the axis, the legend and the tables read alike.
            var unit = MeasureLabels.UnitOf(g.Key);
            var scale = unit == MeasureUnit.Fraction ? 100 : 1;
            var label = MeasureLabels.Of(g.Key);
            var baseValue = g.First().Base!.Value;
            var chartBars = g.OrderByDescending(b => b.Swing).Select(b => new Charts.TornadoBar(b.Factor, b.Low!.Value * scale, b.High!.Value * scale)
            {
                LowInterval = b.LowLower is { } ll && b.LowUpper is { } lu ? new ValueInterval(ll * scale, lu * scale) : null,
                HighInterval = b.HighLower is { } hl && b.HighUpper is { } hu ? new ValueInterval(hl * scale, hu * scale) : null,
            }).ToList();
            charts.Add(new ReportChart(
                $"tornado-{i + 1}.png",
                $"Which inputs matter most: {label}",
                $"Each bar spans {MeasureLabels.LowerFirst(label)} with one factor at its low and at its high value, all others at the base ({MeasureFormat.Value(baseValue, unit)}); black lines are paired 95% intervals.",
                TornadoChart.Render(chartBars, baseValue * scale, scale == 100 ? $"{label} (%)" : label)));
        }

        return charts;
    }

    public static string Render(
        string name,
        Scenario scenario,
        string scenarioFile,
        IReadOnlyList<string> factors,
        IReadOnlyList<IReadOnlyList<string?>> variantValues,
        IReadOnlyList<IReadOnlyList<ReplicationResult>> results,
        Func<string, bool> keep,
        IReadOnlyList<ReportChart> charts,
        string? posteriorSentence = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(variantValues);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(keep);
        ArgumentNullException.ThrowIfNull(charts);
        var c = CultureInfo.InvariantCulture;
        var summaries = results.Select(r => ExperimentResult.Summarise(r.Select(x => x.Measures))).ToList();
        var measures = summaries.SelectMany(s => s.Keys).Distinct().Where(keep).Order(StringComparer.Ordinal).Take(8).ToList();
        var body = new StringBuilder();
        body.Append(c, $"<h1>Sweep: {Html.Encode(name)}</h1>\n");
        body.Append(c, $"<p class=\"subtitle\">{results.Count} variant(s) of {factors.Count} factor(s) on {Html.Encode(scenario.Name)}; {scenario.Run.Replications} replication(s) each, seed {scenario.Run.Seed} for every variant (common random numbers). Full data: sweep.csv and sweep.parquet.</p>\n");
        body.Append(SummaryHtml.Section(SweepSummaryText.Sentences(factors, variantValues, results, keep)));
        foreach (var chart in charts)
        {
            body.Append(Html.Figure(chart));
        }

        body.Append("<h2>Variants (means over replications)</h2>\n");
        body.Append(Html.Table(
            ["Variant", .. factors, .. measures.Select(MeasureLabels.Of)],
            results.Select((_, v) => (IReadOnlyList<string>)
            [
                v.ToString(c),
                .. variantValues[v].Select(x => x ?? "base"),
                .. measures.Select(m => summaries[v].TryGetValue(m, out var s) && s.Mean is { } mean ? MeasureFormat.Value(mean, MeasureLabels.UnitOf(m)) : "–"),
            ]),
            [0, .. Enumerable.Range(1 + factors.Count, measures.Count)]));
        if (posteriorSentence is not null)
        {
            body.Append(c, $"<h2>Parameter uncertainty</h2>\n<p class=\"note\">{Html.Encode(posteriorSentence)}</p>\n");
        }

        body.Append(MethodSection.Render(scenario, scenarioFile, comparison: true));
        return Html.Page($"ForceSim sweep: {name}", body.ToString());
    }
}
