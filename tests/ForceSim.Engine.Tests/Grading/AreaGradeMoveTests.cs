using ForceSim.Engine.Grading;
using ForceSim.Model.Rubrics;

namespace ForceSim.Engine.Tests.Grading;

public sealed class AreaGradeMoveTests
{
    // TestRubrics.Higher thresholds: outstanding 0.90, good 0.80, adequate 0.65, requires improvement 0.45.
    private static readonly GradedArea Area = new()
    {
        Id = "responding",
        Name = "Responding",
        Combine = GradeCombination.LimitingFactor,
        Measures = [TestRubrics.Higher("attendance"), TestRubrics.Higher("answered"), TestRubrics.Higher("repeat")],
    };

    [Fact]
    public void A_move_names_each_measure_that_crossed_a_threshold_and_which_way()
    {
        var move = Move(
            new() { ["attendance"] = 0.556, ["answered"] = 0.70, ["repeat"] = 0.60 },
            new() { ["attendance"] = 0.40, ["answered"] = 0.92, ["repeat"] = 0.61 });

        Assert.Equal(["attendance", "answered"], move.Crossings.Select(c => c.Measure));
        var attendance = move.Crossings[0];
        Assert.False(attendance.Improved);
        Assert.Equal((InspectionGrade.RequiresImprovement, 0.45), attendance.Threshold);
        Assert.Equal("attendance 55.6% → 40.0%: no longer meets the requires improvement threshold (≥ 45%), requires improvement → inadequate", attendance.Describe());
        var answered = move.Crossings[1];
        Assert.True(answered.Improved);
        Assert.Equal((InspectionGrade.Outstanding, 0.90), answered.Threshold);
    }

    [Fact]
    public void A_fall_of_two_grades_names_the_last_threshold_the_measure_no_longer_meets()
    {
        var move = Move(
            new() { ["attendance"] = 0.70, ["answered"] = 0.70, ["repeat"] = 0.70 },
            new() { ["attendance"] = 0.40, ["answered"] = 0.70, ["repeat"] = 0.70 });

        var attendance = Assert.Single(move.Crossings);
        Assert.Equal((InspectionGrade.RequiresImprovement, 0.45), attendance.Threshold);
        Assert.EndsWith("adequate → inadequate", attendance.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Under_limiting_factor_attendance_falling_past_its_threshold_holds_the_area_down_however_much_else_improves()
    {
        var move = Move(
            new() { ["attendance"] = 0.556, ["answered"] = 0.70, ["repeat"] = 0.60 },
            new() { ["attendance"] = 0.40, ["answered"] = 0.99, ["repeat"] = 0.99 });

        Assert.Equal(InspectionGrade.RequiresImprovement, move.BaseGrade);
        Assert.Equal(InspectionGrade.RequiresImprovement, move.OptionGrade);
        Assert.False(move.Moved);
        Assert.Equal("attendance", move.Option.DecidingMeasure);
        Assert.StartsWith("Responding: requires improvement (100%) → requires improvement (100%) (unchanged). Crossed: attendance 55.6% → 40.0%", move.Sentence(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_that_changes_no_grade_of_any_measure_says_so()
    {
        var means = new Dictionary<string, double?> { ["attendance"] = 0.556, ["answered"] = 0.70, ["repeat"] = 0.60 };

        var move = Move(means, new(means) { ["attendance"] = 0.50 });

        Assert.Empty(move.Crossings);
        Assert.Contains("No measure crossed a threshold.", move.Sentence(), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_are_paired_with_the_base_area_by_area()
    {
        var means = new Dictionary<string, double?> { ["attendance"] = 0.85, ["answered"] = 0.85, ["repeat"] = 0.85 };
        var baseAreas = new[] { Explain(Area, means), Explain(Area with { Id = "other" }, means) };
        var optionAreas = new[] { Explain(Area with { Id = "other" }, means), Explain(Area with { Id = "only_in_option" }, means) };

        var grades = OptionGrades.Between("option", baseAreas, optionAreas);

        Assert.Equal("option", grades.Option);
        Assert.Equal(["other"], grades.Areas.Select(a => a.Area));
    }

    private static AreaGradeMove Move(Dictionary<string, double?> baseMeans, Dictionary<string, double?> optionMeans) =>
        new(Explain(Area, baseMeans), Explain(Area, optionMeans));

    /// <summary>Explains the area at these means, with every replication graded as the means are.</summary>
    private static GradeExplanation Explain(GradedArea area, Dictionary<string, double?> means)
    {
        var grade = area.GradeOf(n => means[n])!.Value;
        var distribution = new GradeDistribution(area.Id, "population", GradeNames.All.ToDictionary(g => g, g => g == grade ? 1.0 : 0));
        return GradeExplainer.Explain(area, n => means[n], distribution);
    }
}
