using ForceSim.Engine.Grading;
using ForceSim.Model.Rubrics;

namespace ForceSim.Engine.Tests.Grading;

public sealed class GradeSensitivityTests
{
    [Fact]
    public void Every_threshold_of_every_measure_is_moved_down_and_up()
    {
        var rubric = TestRubrics.Rubric(
            TestRubrics.Area("responding", GradeCombination.Average, TestRubrics.Higher("a"), TestRubrics.Lower("b")),
            TestRubrics.Area("recording", GradeCombination.Worst, TestRubrics.Higher("c")));
        var replications = One(("a", 0.7), ("b", 100), ("c", 0.9));

        var rows = GradeSensitivity.Analyse(rubric, replications);

        // 3 measures × 4 thresholds × 2 directions.
        Assert.Equal(24, rows.Count);
        Assert.Equal(8, rows.Count(r => r.Measure == "a"));
        Assert.Equal(16, rows.Count(r => r.Area == "responding"));
        Assert.All(rubric.Areas.SelectMany(a => a.Measures), m => Assert.All(m.Thresholds, t =>
            Assert.Equal(2, rows.Count(r => r.Measure == m.Measure && r.Threshold == t.Key && r.Original == t.Value))));
    }

    [Fact]
    public void A_fraction_threshold_moves_by_five_points_and_another_by_five_percent()
    {
        var rubric = TestRubrics.Rubric(TestRubrics.Area("responding", GradeCombination.Worst, TestRubrics.Higher("a"), TestRubrics.Lower("seconds")));

        var rows = GradeSensitivity.Analyse(rubric, One(("a", 0.7), ("seconds", 100)));

        var good = rows.Where(r => r.Measure == "a" && r.Threshold == InspectionGrade.Good).Select(r => r.Shifted).ToList();
        Assert.Equal(2, good.Count);
        Assert.Equal(0.75, good[0], 12);
        Assert.Equal(0.85, good[1], 12);
        var adequateSeconds = rows.Where(r => r.Measure == "seconds" && r.Threshold == InspectionGrade.Adequate).Select(r => r.Shifted).ToList();
        Assert.Equal([228.0, 252.0], adequateSeconds);
        var outstandingSeconds = rows.Where(r => r.Measure == "seconds" && r.Threshold == InspectionGrade.Outstanding).Select(r => r.Shifted).ToList();
        Assert.Equal([57.0, 63.0], outstandingSeconds);
    }

    [Fact]
    public void Only_the_threshold_the_values_sit_just_below_changes_the_grade()
    {
        // Every replication sits at 0.82: good (≥ 0.80), but not good once the good threshold rises to 0.85.
        var rubric = TestRubrics.Rubric(TestRubrics.Area("responding", GradeCombination.Worst, TestRubrics.Higher("a")));

        var rows = GradeSensitivity.Analyse(rubric, Each("a", 0.82, 0.82, 0.83));

        Assert.Equal(8, rows.Count);
        Assert.All(rows, r => Assert.Equal(InspectionGrade.Good, r.BaselineGrade));
        var change = Assert.Single(rows, r => r.ChangesGrade);
        Assert.Equal(InspectionGrade.Good, change.Threshold);
        Assert.Equal(0.80, change.Original);
        Assert.Equal(0.85, change.Shifted, 12);
        Assert.Equal(InspectionGrade.Adequate, change.ShiftedGrade);
        Assert.Equal(1, change.ShiftedProbability);
        Assert.All(rows.Where(r => !r.ChangesGrade), r => Assert.Equal(InspectionGrade.Good, r.ShiftedGrade));
    }

    [Fact]
    public void The_shifted_grade_is_the_most_likely_over_replications_with_its_probability()
    {
        // Two of three replications lose their good grade when the good threshold rises to 0.85.
        var rubric = TestRubrics.Rubric(TestRubrics.Area("responding", GradeCombination.Worst, TestRubrics.Higher("a")));

        var rows = GradeSensitivity.Analyse(rubric, Each("a", 0.82, 0.83, 0.86));

        var raised = Assert.Single(rows, r => r.Threshold == InspectionGrade.Good && r.Shifted > r.Original);
        Assert.Equal(InspectionGrade.Good, raised.BaselineGrade);
        Assert.Equal(InspectionGrade.Adequate, raised.ShiftedGrade);
        Assert.Equal(2.0 / 3, raised.ShiftedProbability, 12);
        Assert.True(raised.ChangesGrade);
    }

    [Fact]
    public void A_lower_is_better_threshold_that_tightens_changes_the_grade()
    {
        // 115 s is good (≤ 120) but not once the good threshold falls by 5% to 114.
        var rubric = TestRubrics.Rubric(TestRubrics.Area("answering", GradeCombination.Worst, TestRubrics.Lower("seconds")));

        var rows = GradeSensitivity.Analyse(rubric, Each("seconds", 115));

        var change = Assert.Single(rows, r => r.ChangesGrade);
        Assert.Equal(InspectionGrade.Good, change.Threshold);
        Assert.Equal(114, change.Shifted, 12);
        Assert.Equal(InspectionGrade.Adequate, change.ShiftedGrade);
    }

    [Fact]
    public void An_area_that_cannot_be_graded_has_no_grade_before_or_after_any_shift()
    {
        var rubric = TestRubrics.Rubric(TestRubrics.Area("unmeasured", GradeCombination.Worst, TestRubrics.Higher("missing")));

        var rows = GradeSensitivity.Analyse(rubric, Each("a", 0.5));

        Assert.Equal(8, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Null(r.BaselineGrade);
            Assert.Null(r.ShiftedGrade);
            Assert.Equal(0, r.ShiftedProbability);
            Assert.False(r.ChangesGrade);
        });
    }

    [Fact]
    public void The_rubric_itself_is_left_unchanged()
    {
        var measure = TestRubrics.Higher("a");
        var rubric = TestRubrics.Rubric(TestRubrics.Area("responding", GradeCombination.Worst, measure));

        _ = GradeSensitivity.Analyse(rubric, Each("a", 0.82));

        Assert.Equal(0.80, measure.Thresholds[InspectionGrade.Good]);
        Assert.Same(measure, rubric.Areas[0].Measures[0]);
    }

    /// <summary>A single replication with the given measure values.</summary>
    private static IReadOnlyList<IReadOnlyDictionary<string, double?>> One(params (string Name, double Value)[] values) =>
        [TestResults.Measures([.. values.Select(v => (v.Name, (double?)v.Value))])];

    /// <summary>One replication per value of the one measure <paramref name="name"/>.</summary>
    private static IReadOnlyList<IReadOnlyDictionary<string, double?>> Each(string name, params double[] values) =>
        [.. values.Select(v => (IReadOnlyDictionary<string, double?>)TestResults.Measures((name, v)))];
}
