using ForceSim.Engine.Grading;
using ForceSim.Engine.Measures;
using ForceSim.Model.Rubrics;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Charts;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Report;

/// <summary>
/// The charts of a comparison's report.html: the change in every headline proportion, the shift in each area's grade
/// probabilities (full population and inspection sample), and each dispatched grade's attendance times of the base and
/// the options on one chart with the targets.
/// </summary>
public static class CompareCharts
{
    private static readonly string[] GradeLabels = ["Emergency", "Priority", "Scheduled"];

    /// <param name="attendance">The base's then each option's tally of every force, in replication 0 (the same world for every scenario: common random numbers); null where none was kept.</param>
    public static IReadOnlyList<ReportChart> Build(
        Scenario baseScenario,
        Rubric rubric,
        string baseName,
        IReadOnlyList<(string Option, IReadOnlyList<OptionDifference> Differences)> options,
        IReadOnlyList<ForceTally?> attendance,
        bool paired = true)
    {
        ArgumentNullException.ThrowIfNull(baseScenario);
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(attendance);
        var charts = new List<ReportChart> { CompareReport.Chart(baseName, options, paired) };
        charts.AddRange(GradeShifts(rubric, baseName, options));
        charts.AddRange(Attendance(baseScenario, [baseName, .. options.Select(o => o.Option)], attendance));
        return charts;
    }

    /// <summary>Per graded area, the chance of each grade in the base and each option: the comparison's own grade-probability means.</summary>
    public static IReadOnlyList<AreaGradeShift> GradeShift(Rubric rubric, string view, IReadOnlyList<(string Option, IReadOnlyList<OptionDifference> Differences)> options)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(options);
        var shifts = new List<AreaGradeShift>();
        foreach (var area in rubric.Areas)
        {
            var names = GradeNames.All.ToDictionary(g => g, g => GradeIndicators.Name(area.Id, view, g));
            if (options.Count == 0 || !options[0].Differences.Any(d => names.ContainsValue(d.Measure) && d.BaseMean is not null))
            {
                continue;
            }

            var probabilities = new List<IReadOnlyDictionary<InspectionGrade, double>> { Means(options[0].Differences, names, d => d.BaseMean) };
            probabilities.AddRange(options.Select(o => Means(o.Differences, names, d => d.OptionMean)));
            shifts.Add(new AreaGradeShift(area.Name.Length > 0 ? area.Name : area.Id, probabilities));
        }

        return shifts;
    }

    private static IEnumerable<ReportChart> GradeShifts(Rubric rubric, string baseName, IReadOnlyList<(string Option, IReadOnlyList<OptionDifference> Differences)> options)
    {
        foreach (var (view, words) in new[] { ("population", "full population"), ("inspection", "inspection sample") })
        {
            var shifts = GradeShift(rubric, view, options);
            if (shifts.Count == 0)
            {
                continue;
            }

            yield return new ReportChart(
                $"grade-shift-{view}.png",
                $"Shift in likely grades ({words})",
                $"Share of replications awarded each grade in every area, the base beside each option ({(view == "population" ? "from the full simulated population" : "as an inspection's samples would award it")}; {rubric.Name}). "
                    + "Bars moving left of the dashed line are moving towards good or better.",
                GradeShiftChart.Render(words, [baseName, .. options.Select(o => o.Option)], shifts));
        }
    }

    private static IEnumerable<ReportChart> Attendance(Scenario baseScenario, IReadOnlyList<string> names, IReadOnlyList<ForceTally?> tallies)
    {
        if (tallies.Count == 0 || tallies.Any(t => t is null))
        {
            yield break;
        }

        for (var g = 0; g < ChannelIndex.DispatchedGrades; g++)
        {
            var series = tallies.Select((t, i) => new AttendanceSeries(names[i], t!.Response.ResponseTime[g].BinWidth, t.Response.ResponseTime[g].Bins, t.Response.ResponseTime[g].Overflow)).ToList();
            if (series.All(s => s.Total == 0))
            {
                continue;
            }

            var targets = AttendanceTargets.For(baseScenario, ChannelIndex.Dispatched[g]);
            yield return new ReportChart(
                $"attendance-compare-{GradeLabels[g].ToLowerInvariant()}.png",
                $"{GradeLabels[g]} attendance times, base and options",
                $"Share of attended {GradeLabels[g].ToLowerInvariant()} incidents reached within each time, from the clock start to arrival at scene, in the base (solid) and each option (dashed), "
                    + "against the base's target(s), in replication 0 (the same simulated callers for every scenario). A curve further left and higher reaches more incidents sooner.",
                AttendanceComparisonChart.Render(GradeLabels[g], series, targets));
        }
    }

    private static Dictionary<InspectionGrade, double> Means(IReadOnlyList<OptionDifference> differences, Dictionary<InspectionGrade, string> names, Func<OptionDifference, double?> mean) =>
        names.Select(n => (Grade: n.Key, Value: differences.FirstOrDefault(d => d.Measure == n.Value) is { } d ? mean(d) : null))
            .Where(x => x.Value is not null)
            .ToDictionary(x => x.Grade, x => x.Value!.Value);
}
