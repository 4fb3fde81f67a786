using System.Globalization;
using System.Text;
using ForceSim.Engine.Diagnostics;
using ForceSim.Engine.Grading;
using ForceSim.Engine.Inspection;
using ForceSim.Engine.Running;
using ForceSim.Model.Rubrics;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.League;
using ForceSim.Reporting.Posteriors;
using ForceSim.Reporting.Summaries;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Report;

/// <summary>report.html for one run: headline measures, grades, inspection samples, the charts and the method.</summary>
public static class RunReport
{
    /// <param name="posterior">For a run with <c>--posterior</c>: its draws and the split of each measure's spread.</param>
    public static string Render(Scenario scenario, string scenarioFile, Rubric rubric, ExperimentResult result, IReadOnlyList<ReportChart> charts, PosteriorSummary? posterior = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(charts);
        var run = scenario.Run;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>{Html.Encode(scenario.Name)}</h1>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"subtitle\">{scenario.Forces.Count} force(s), {scenario.ControlRooms.Count} control room(s); {run.Replications} replication(s) of {Html.Number(run.HorizonDays, "0.#")} days after {Html.Number(run.WarmupDays, "0.#")} days' warm-up; seed {run.Seed}. ForceSim {Html.Encode(MethodSection.Version)}.</p>\n");
        body.Append(SummaryHtml.Section(RunSummaryText.Sentences(scenario, rubric, result)));

        body.Append(DiagnosticsSection.Render(result.Diagnostics));
        body.Append("<h2>Headline measures</h2>\n");
        var summary = result.Summary;
        body.Append(Html.Table(
            ["Measure", "Mean", result.Replications.Count > 1 ? "95% CI" : "95% CI (needs 2+ replications)", "Target"],
            MeasureCatalog.Headline
                .Select(m => summary.TryGetValue(m.Name, out var s) && s.Mean is not null
                    ? (IReadOnlyList<string>)[m.Label.Trim(), MeasureFormat.Value(s.Mean, m.Unit), MeasureFormat.Interval(s.Lower, s.Upper, m.Unit), m.Target ?? ""]
                    : [m.Label.Trim(), "–", EmptyMeasure.Text(m.Name, s is not null), m.Target ?? ""]),
            1, 2));
        body.Append(PosteriorSection.Render(posterior, summary));

        if (scenario.Forces.Count > 1)
        {
            body.Append(LeagueSection.Render(LeagueStandings.Build(scenario, rubric, result), rubric));
        }

        body.Append(CultureInfo.InvariantCulture, $"<h2>Likely grades</h2>\n<p class=\"note\">Rubric: {Html.Encode(rubric.Name)}. Probability of each grade over the replications.</p>\n");
        body.Append(GradesTable(rubric, result));
        body.Append(ExplanationSection.Render(GradeExplainer.Explain(rubric, result)));
        body.Append("<h2>Inspection samples</h2>\n<p class=\"note\">Mean over replications of the proportion an inspection-sized audit sample would find, with the Wilson 95% interval one inspection of that size would report.</p>\n");
        body.Append(SamplesTable(summary));

        body.Append("<h2>Charts</h2>\n");
        foreach (var chart in charts)
        {
            body.Append(Html.Figure(chart));
        }

        body.Append(MethodSection.Render(scenario, scenarioFile, comparison: false));
        return Html.Page($"ForceSim report: {scenario.Name}", body.ToString());
    }

    private static string GradesTable(Rubric rubric, ExperimentResult result)
    {
        var measures = result.Replications.Select(r => (IReadOnlyDictionary<string, double?>)r.Measures).ToList();
        return Html.Table(
            ["Area", "Full population", "As an inspection would see it", "Chance of requires improvement or worse"],
            rubric.Areas.Select(area =>
            {
                var withheld = result.Diagnostics?.WithheldFor(RunDiagnostics.AllForces, area.Id);
                var population = GradeDistribution.From(area.Id, "population", withheld is null ? measures : []);
                var inspection = GradeDistribution.From(area.Id, "inspection", withheld is null ? measures : []);
                return (IReadOnlyList<string>)
                [
                    area.Name.Length > 0 ? area.Name : area.Id,
                    withheld?.Message ?? Describe(population),
                    Describe(inspection),
                    inspection.MostLikely is null ? "–" : Html.Percent(inspection.AtOrBelow(InspectionGrade.RequiresImprovement)),
                ];
            }),
            3);
    }

    private static string SamplesTable(SortedDictionary<string, MeasureSummary> summary)
    {
        var rows = InspectionSampleRow.From(summary)
            .Select(r => (IReadOnlyList<string>)[MeasureLabels.Of(r.Measure), r.Items.ToString(CultureInfo.InvariantCulture), Html.Percent(r.Proportion), $"{Html.Percent(r.Lower)} – {Html.Percent(r.Upper)}", r.Population is { } w ? Html.Percent(w) : "–"])
            .ToList();
        return rows.Count == 0
            ? "<p>No inspection sample was drawn (nothing in this scenario is audited).</p>\n"
            : Html.Table(["Audited", "Items", "Sample proportion", "One inspection's 95% interval", "Full population"], rows, 1, 2, 3, 4);
    }

    private static string Describe(GradeDistribution distribution) =>
        distribution.MostLikely is null
            ? "not graded"
            : string.Join(", ", distribution.Probability.Where(p => p.Value > 0).OrderByDescending(p => p.Value).Select(p => $"{GradeNames.Label(p.Key)} {Html.Percent(p.Value)}"));
}
