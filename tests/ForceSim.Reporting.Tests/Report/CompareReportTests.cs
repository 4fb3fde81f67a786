using System.Net;
using ForceSim.Engine.Grading;
using ForceSim.Engine.Measures;
using ForceSim.Model.Rubrics;
using ForceSim.Reporting.Report;
using ForceSim.Reporting.Tables;
using ForceSim.Testing.Rubrics;

namespace ForceSim.Reporting.Tests.Report;

public sealed class CompareReportTests
{
    private static readonly IReadOnlyList<OptionDifference> Differences =
    [
        new(MeasureNames.AnnualCost, 20e6, 20.6e6, 600_000, 600_000, 600_000, null, null),
        new(MeasureNames.AttendanceWithinTarget, 0.70, 0.74, 0.04, 0.03, 0.05, null, null),
        new(GradeIndicators.Name("responding", "population", InspectionGrade.Good), 0.25, 0.75, 0.5, 0.2, 0.8, null, null),
        new(GradeIndicators.Name("responding", "population", InspectionGrade.Adequate), 0.75, 0.25, -0.5, -0.8, -0.2, null, null),
    ];

    [Fact]
    public void Each_option_has_a_cost_per_point_table_from_its_own_cost_change_and_points_gained()
    {
        var html = WebUtility.HtmlDecode(CompareReport.Render(TestScenarios.Cambridgeshire(), "base.yaml", [("More units", Differences)], []));

        // £600,000 a year for 4 points gained (interval 3 to 5 points).
        Assert.Contains("<h3>Cost per point gained</h3>", html, StringComparison.Ordinal);
        Assert.Contains("changes the annual staff cost by £600,000", html, StringComparison.Ordinal);
        Assert.Contains("<td>Attended within the grade given's target</td><td class=\"num\">+4.00</td><td class=\"num\">+3.00 to +5.00</td><td class=\"num\">£150,000</td><td class=\"num\">£120,000 to £200,000</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_grade_shift_takes_the_base_and_option_probabilities_from_the_comparison()
    {
        var rubric = TestRubrics.Rubric(TestRubrics.Area("responding", GradeCombination.LimitingFactor, TestRubrics.Higher("share")));

        var shift = Assert.Single(CompareCharts.GradeShift(rubric, "population", [("More units", Differences)]));

        Assert.Equal(2, shift.Probabilities.Count);
        Assert.Equal(0.25, shift.Probabilities[0][InspectionGrade.Good]);
        Assert.Equal(0.75, shift.Probabilities[1][InspectionGrade.Good]);
        Assert.Equal(0.25, shift.Probabilities[1][InspectionGrade.Adequate]);
        Assert.Empty(CompareCharts.GradeShift(rubric, "inspection", [("More units", Differences)]));
    }
}
