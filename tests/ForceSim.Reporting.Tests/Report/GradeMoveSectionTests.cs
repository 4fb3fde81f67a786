using System.Net;
using ForceSim.Engine.Grading;
using ForceSim.Model.Rubrics;
using ForceSim.Reporting.Report;
using ForceSim.Testing.Rubrics;

namespace ForceSim.Reporting.Tests.Report;

public sealed class GradeMoveSectionTests
{
    private static readonly Rubric Rubric = TestRubrics.Rubric(TestRubrics.Area("responding", GradeCombination.LimitingFactor, TestRubrics.Higher("share")));

    [Fact]
    public void The_section_shows_each_options_grade_against_the_base_and_the_threshold_a_measure_crossed()
    {
        var baseAreas = Explain(0.70, InspectionGrade.Adequate);
        var optionAreas = Explain(0.40, InspectionGrade.Inadequate);

        var html = GradeMoveSection.Render("Base", [OptionGrades.Between("Fewer units", baseAreas, optionAreas)]);

        Assert.Contains("<td>Fewer units</td><td>responding</td><td>adequate (100.0%)</td><td>inadequate (100.0%)</td>", html, StringComparison.Ordinal);
        Assert.Contains("share 70.0% → 40.0%: no longer meets the requires improvement threshold (≥ 45%), adequate → inadequate", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_options_the_section_is_empty()
    {
        Assert.Equal("", GradeMoveSection.Render("Base", []));
    }

    private static IReadOnlyList<GradeExplanation> Explain(double share, InspectionGrade grade) =>
        GradeExplainer.Explain(Rubric, TestResults.Experiment(
            TestResults.Replication(0, ("share", share), (GradeIndicators.Name("responding", "population", grade), 1.0))));
}
