using ForceSim.Engine.Grading;
using ForceSim.Model.Rubrics;

namespace ForceSim.Engine.Tests.Grading;

public sealed class GradeIndicatorsTests
{
    private static readonly Rubric Rubric = TestRubrics.Rubric(
        TestRubrics.Area("responding", GradeCombination.Worst,
            TestRubrics.Higher("response.attendance_within_need_target"),
            TestRubrics.Higher("contact.emergency_answered_within_10s")),
        TestRubrics.Area("investigating", GradeCombination.Worst, TestRubrics.Higher("investigation.plan_set")),
        TestRubrics.Area("unmeasured", GradeCombination.Worst, TestRubrics.Higher("no.such_measure")));

    [Fact]
    public void Each_area_and_view_gets_a_one_for_its_grade_and_zeros_for_the_others()
    {
        var measures = TestResults.Measures(
            ("response.attendance_within_need_target", 0.85),
            ("contact.emergency_answered_within_10s", 0.95),
            ("inspection.attendance_within_need_target", 0.50),
            ("investigation.plan_set", 0.92),
            ("inspection.plan_set", 0.70));

        GradeIndicators.Add(Rubric, measures);

        // Population: attendance 0.85 is good, answering 0.95 outstanding; the worst is good.
        AssertGrade(measures, "responding", "population", InspectionGrade.Good);

        // Inspection: the sampled attendance (0.50, requires improvement) replaces the population figure;
        // answering has no audit sample, so the force's own figure is used.
        AssertGrade(measures, "responding", "inspection", InspectionGrade.RequiresImprovement);
        AssertGrade(measures, "investigating", "population", InspectionGrade.Outstanding);
        AssertGrade(measures, "investigating", "inspection", InspectionGrade.Adequate);
    }

    [Fact]
    public void Indicator_names_follow_grades_area_view_grade()
    {
        var measures = TestResults.Measures(("investigation.plan_set", 0.5), ("inspection.plan_set", 0.5));

        GradeIndicators.Add(TestRubrics.Rubric(TestRubrics.Area("investigating", GradeCombination.Worst, TestRubrics.Higher("investigation.plan_set"))), measures);

        Assert.Equal(1, measures["grades.investigating.population.requires_improvement"]);
        Assert.Equal(
            [
                "grades.investigating.inspection.adequate", "grades.investigating.inspection.good", "grades.investigating.inspection.inadequate",
                "grades.investigating.inspection.outstanding", "grades.investigating.inspection.requires_improvement",
                "grades.investigating.population.adequate", "grades.investigating.population.good", "grades.investigating.population.inadequate",
                "grades.investigating.population.outstanding", "grades.investigating.population.requires_improvement",
            ],
            measures.Keys.Where(k => k.StartsWith("grades.", StringComparison.Ordinal)));
        Assert.Equal("grades.a.inspection.requires_improvement", GradeIndicators.Name("a", "inspection", InspectionGrade.RequiresImprovement));
    }

    [Fact]
    public void An_area_with_no_measured_values_gets_null_indicators_in_both_views()
    {
        var measures = TestResults.Measures(("response.attendance_within_need_target", 0.85));

        GradeIndicators.Add(Rubric, measures);

        Assert.All(GradeNames.All, g =>
        {
            Assert.True(measures.ContainsKey(GradeIndicators.Name("unmeasured", "population", g)));
            Assert.Null(measures[GradeIndicators.Name("unmeasured", "population", g)]);
            Assert.Null(measures[GradeIndicators.Name("unmeasured", "inspection", g)]);
        });
    }

    [Fact]
    public void An_empty_audit_sample_leaves_the_inspection_view_ungraded_rather_than_using_the_population_figure()
    {
        var measures = TestResults.Measures(("investigation.plan_set", 0.92), ("inspection.plan_set", null));

        GradeIndicators.Add(Rubric, measures);

        AssertGrade(measures, "investigating", "population", InspectionGrade.Outstanding);
        Assert.All(GradeNames.All, g => Assert.Null(measures[GradeIndicators.Name("investigating", "inspection", g)]));
    }

    [Fact]
    public void The_inspection_view_of_a_measure_is_its_sampled_counterpart_where_one_exists()
    {
        Assert.Equal("inspection.attendance_within_need_target", GradeIndicators.InspectionView("response.attendance_within_need_target"));

        // Inspectors judge a sampled incident against the response it needed, so attendance against the grade given
        // has no audit sample of its own.
        Assert.Equal("response.attendance_within_target", GradeIndicators.InspectionView("response.attendance_within_target"));
        Assert.Equal("inspection.violence_recorded", GradeIndicators.InspectionView("recording.violence_recorded"));
        Assert.Equal("contact.emergency_answered_within_10s", GradeIndicators.InspectionView("contact.emergency_answered_within_10s"));
    }

    private static void AssertGrade(SortedDictionary<string, double?> measures, string area, string view, InspectionGrade expected)
    {
        foreach (var grade in GradeNames.All)
        {
            Assert.Equal(grade == expected ? 1 : 0, measures[GradeIndicators.Name(area, view, grade)]);
        }
    }
}
