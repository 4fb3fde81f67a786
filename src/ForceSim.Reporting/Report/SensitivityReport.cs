using System.Globalization;
using System.Text;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Charts;
using ForceSim.Reporting.Sensitivity;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Report;

/// <summary>report.html for <c>forcesim sensitivity</c>: the ranking of the assumed parameters, then a tornado chart with intervals per headline measure.</summary>
public static class SensitivityReport
{
    /// <summary>One tornado chart per headline measure that some parameter moves (its paired interval excludes zero), in the run table's order.</summary>
    public static IReadOnlyList<ReportChart> Charts(IReadOnlyList<ParameterEffect> effects)
    {
        ArgumentNullException.ThrowIfNull(effects);
        var labels = ParameterLabels.Of([.. effects.Select(e => e.Parameter).Distinct()]);
        var charts = new List<ReportChart>();
        foreach (var measure in MeasureCatalog.Headline)
        {
            var ofMeasure = effects.Where(e => e.Difference.Measure == measure.Name && e.Difference.BaseMean is not null && e.Difference.Difference is not null).ToList();
            if (!ofMeasure.Any(e => e.Difference.Distinguishable))
            {
                continue;
            }

            var baseValue = ofMeasure[0].Difference.BaseMean!.Value;
            var bars = ofMeasure.GroupBy(e => e.Parameter).Select(g => Bar(labels[g.Key], baseValue, g.FirstOrDefault(e => e.End == SensitivityEnd.Low), g.FirstOrDefault(e => e.End == SensitivityEnd.High))).ToList();
            var label = measure.Label.Trim();
            charts.Add(new ReportChart(
                string.Create(CultureInfo.InvariantCulture, $"tornado-{charts.Count + 1:D2}-{measure.Name.Replace('.', '-')}.png"),
                $"Which assumptions matter: {label}",
                $"Each bar spans {label} with one assumed parameter at the low and at the high end of its plausible range, all others at the baseline ({MeasureFormat.Value(baseValue, measure.Unit)}); black lines are paired 95% intervals.",
                TornadoChart.Render(bars, baseValue, label, $"Which assumptions matter: {label}")));
        }

        return charts;
    }

    public static string Render(Scenario scenario, string scenarioFile, string assumptionsFile, IReadOnlyList<ParameterRank> ranking, IReadOnlyList<ReportChart> charts)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(charts);
        var c = CultureInfo.InvariantCulture;
        var labels = ParameterLabels.Of([.. ranking.Select(r => r.Parameter)]);
        var byName = MeasureCatalog.Headline.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var body = new StringBuilder();
        body.Append(c, $"<h1>Which assumptions matter: {Html.Encode(scenario.Name)}</h1>\n");
        body.Append(c, $"<p class=\"subtitle\">{ranking.Count} assumed parameter(s) from {Html.Encode(assumptionsFile)}, each moved alone to the low and the high end of its plausible range; {scenario.Run.Replications} replication(s) per setting, seed {scenario.Run.Seed} for every setting (common random numbers), so each effect is paired with the baseline replication by replication. Full data: sensitivity.csv and ranking.csv.</p>\n");
        if (ranking.Count > 0 && ranking[0].TopMeasure is { } top)
        {
            body.Append(c, $"<p>The assumption that matters most is <b>{Html.Encode(labels[ranking[0].Parameter])}</b> (from {Format(ranking[0].Low)} to {Format(ranking[0].High)}); it moves {ranking[0].MeasuresMoved} headline measure(s), most of all {Html.Encode(byName.TryGetValue(top, out var m) ? m.Label.Trim() : top)}.</p>\n");
        }

        body.Append("<h2>Ranking</h2>\n<p>Score: for each headline measure, the parameter's largest effect whose paired 95% interval excludes zero, divided by the largest such effect of any parameter on that measure, averaged over the measures any parameter moves (1 would mean the largest effect on every measure). Grade change: the largest change in the probability of any grade in any area (full population) that its paired interval tells from zero.</p>\n");
        body.Append(Html.Table(
            ["Rank", "Parameter", "Range", "Baseline", "Score", "Measures moved", "Moves most", "Low end", "High end", "Grade change"],
            ranking.Select(r => (IReadOnlyList<string>)
            [
                r.Rank.ToString(c),
                labels[r.Parameter],
                $"{Format(r.Low)} – {Format(r.High)}",
                Format(r.BaseValue),
                r.Score.ToString("0.00", c),
                r.MeasuresMoved.ToString(c),
                r.TopMeasure is { } t && byName.TryGetValue(t, out var d) ? d.Label.Trim() : r.TopMeasure ?? "–",
                Effect(r.TopLowEffect, r.TopMeasure, byName),
                Effect(r.TopHighEffect, r.TopMeasure, byName),
                r.GradeText,
            ]),
            [0, 3, 4, 5, 7, 8]));
        foreach (var chart in charts)
        {
            body.Append(Html.Figure(chart));
        }

        body.Append(MethodSection.Render(scenario, scenarioFile, comparison: true));
        return Html.Page($"ForceSim sensitivity: {scenario.Name}", body.ToString());
    }

    private static TornadoBar Bar(string label, double baseValue, ParameterEffect? low, ParameterEffect? high) =>
        new(label, baseValue + (low?.Difference.Difference ?? 0), baseValue + (high?.Difference.Difference ?? 0))
        {
            LowInterval = Interval(baseValue, low),
            HighInterval = Interval(baseValue, high),
        };

    private static ValueInterval? Interval(double baseValue, ParameterEffect? effect) =>
        effect?.Difference is { Lower: { } lower, Upper: { } upper } ? new ValueInterval(baseValue + lower, baseValue + upper) : null;

    private static string Effect(double? value, string? measure, Dictionary<string, MeasureDisplay> byName)
    {
        if (value is not { } v || measure is null)
        {
            return "–";
        }

        var unit = byName.TryGetValue(measure, out var d) ? d.Unit : MeasureUnit.Count;
        var sign = v > 0 ? "+" : "";
        return unit == MeasureUnit.Fraction ? sign + (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " points" : sign + MeasureFormat.Value(v, unit);
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
