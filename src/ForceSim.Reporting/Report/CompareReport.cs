using System.Globalization;
using System.Text;
using ForceSim.Engine.Grading;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Charts;
using ForceSim.Reporting.Summaries;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Report;

/// <summary>report.html for <c>forcesim compare</c>: each option's change from the base with paired 95% CIs, as a chart and tables.</summary>
public static class CompareReport
{
    /// <summary>The option-comparison chart: every headline fraction measure, in percentage points.</summary>
    /// <param name="paired">False for independent runs (<c>--unpaired</c>): the whiskers are then Welch intervals.</param>
    public static ReportChart Chart(string baseName, IReadOnlyList<(string Option, IReadOnlyList<OptionDifference> Differences)> options, bool paired = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fractions = MeasureCatalog.Headline.Where(m => m.Unit == MeasureUnit.Fraction).ToList();
        var series = options.Select(o => new ComparisonSeries(o.Option, [.. fractions
            .Select(m => (Measure: m, Difference: o.Differences.FirstOrDefault(d => d.Measure == m.Name)))
            .Where(x => x.Difference is { Difference: not null, Lower: not null, Upper: not null })
            .Select(x => new ComparisonBar(x.Measure.Label.Trim(), 100 * x.Difference!.Difference!.Value, 100 * x.Difference.Lower!.Value, 100 * x.Difference.Upper!.Value))]))
            .ToList();
        return new ReportChart(
            "comparison.png",
            paired ? "Change from the base, with paired 95% confidence intervals" : "Change from the base, with unpaired (Welch) 95% confidence intervals",
            paired
                ? "Each option minus the base for every headline proportion, in percentage points; the whiskers are paired 95% CIs (common random numbers). A whisker clear of zero is a real difference."
                : "Each option minus the base for every headline proportion, in percentage points; the whiskers are unpaired (Welch) 95% CIs, because the options do not share the base's forces, horizon, warm-up, seed or replications.",
            ComparisonChart.Render(baseName, series, "percentage points"));
    }

    /// <param name="grades">Each option's most likely grades against the base's and what moved them, when known.</param>
    /// <param name="paired">False for independent runs (<c>--unpaired</c>): the report says so and labels the intervals Welch's.</param>
    public static string Render(
        Scenario baseScenario,
        string baseFile,
        IReadOnlyList<(string Option, IReadOnlyList<OptionDifference> Differences)> options,
        IReadOnlyList<ReportChart> charts,
        IReadOnlyList<OptionGrades>? grades = null,
        bool paired = true)
    {
        ArgumentNullException.ThrowIfNull(baseScenario);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(charts);
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>Options compared with {Html.Encode(baseScenario.Name)}</h1>\n");
        if (paired)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"subtitle\">{options.Count} option(s); {baseScenario.Run.Replications} replication(s) each, seed {baseScenario.Run.Seed} (common random numbers). ForceSim {Html.Encode(MethodSection.Version)}.</p>\n");
        }
        else
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"subtitle\">{options.Count} option(s), run as they are: unpaired. They do not all share the base's forces, horizon, warm-up, seed and replications, so the intervals are unpaired (Welch) 95% CIs, not paired ones. ForceSim {Html.Encode(MethodSection.Version)}.</p>\n");
        }

        body.Append(SummaryHtml.Section(CompareSummaryText.Sentences(baseScenario.Name, options, paired: paired)));
        body.Append("<h2>Charts</h2>\n");
        foreach (var chart in charts)
        {
            body.Append(Html.Figure(chart));
        }

        foreach (var (option, differences) in options)
        {
            body.Append(CultureInfo.InvariantCulture, $"<h2>{Html.Encode(option)}</h2>\n");
            body.Append(Html.Table(
                ["Measure", "Base", "Option", "Change", paired ? "Paired 95% CI" : "Unpaired (Welch) 95% CI", "Distinguishable"],
                differences.Where(d => d.Difference is not null).Select(d =>
                {
                    var unit = MeasureLabels.UnitOf(d.Measure);
                    return (IReadOnlyList<string>)
                    [
                        MeasureLabels.Of(d.Measure),
                        MeasureFormat.Value(d.BaseMean, unit),
                        MeasureFormat.Value(d.OptionMean, unit),
                        MeasureFormat.Value(d.Difference, unit),
                        MeasureFormat.Interval(d.Lower, d.Upper, unit),
                        d.Distinguishable ? "yes" : "no",
                    ];
                }),
                1, 2, 3, 4));
            body.Append(CostPerPointSection.Render(CostPerPoint.Of(differences)));
        }

        body.Append(GradeMoveSection.Render(baseScenario.Name, grades ?? []));
        body.Append(MethodSection.Render(baseScenario, baseFile, comparison: true));
        return Html.Page($"ForceSim comparison: {baseScenario.Name}", body.ToString());
    }
}
