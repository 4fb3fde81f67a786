using ForceSim.Engine.Grading;
using ForceSim.Model.Rubrics;

namespace ForceSim.Engine.Tests.Grading;

public sealed class GradeExplainerTests
{
    // TestRubrics.Higher thresholds: outstanding 0.90, good 0.80, adequate 0.65, requires improvement 0.45.
    [Fact]
    public void Under_worst_the_explanation_names_the_weakest_measure_as_deciding()
    {
        var area = Area(GradeCombination.Worst, 3);

        var explanation = Explain(area, new() { ["m0"] = 0.95, ["m1"] = 0.30, ["m2"] = 0.70 });

        Assert.Equal(InspectionGrade.Inadequate, explanation.GradeAtMeans);
        Assert.Equal("m1", explanation.DecidingMeasure);
        Assert.Equal(DecidingKind.Lifts, explanation.DecidedBy);
        Assert.Equal([false, true, false], explanation.Measures.Select(m => m.Decides));
    }

    [Fact]
    public void Under_average_the_measure_whose_improvement_by_one_grade_would_lift_the_area_decides_worst_first()
    {
        // Good, good, requires improvement average 1.67: adequate. Lifting the weak one (or either good one) gives good.
        var area = Area(GradeCombination.Average, 3);

        var explanation = Explain(area, new() { ["m0"] = 0.85, ["m1"] = 0.82, ["m2"] = 0.50 });

        Assert.Equal(InspectionGrade.Adequate, explanation.GradeAtMeans);
        Assert.Equal(DecidingKind.Lifts, explanation.DecidedBy);
        Assert.Equal(["m2", "m1", "m0"], explanation.Deciding);
        Assert.Equal("m2", explanation.DecidingMeasure);
    }

    [Fact]
    public void When_no_single_improvement_lifts_the_area_the_weakest_measures_decide_most_serious_first()
    {
        // Plus 20 call handlers under limiting factor: three measures at requires improvement hold the area there.
        var area = Area(GradeCombination.LimitingFactor, 6);

        var explanation = Explain(area, new() { ["m0"] = 0.50, ["m1"] = 0.95, ["m2"] = 0.70, ["m3"] = 0.70, ["m4"] = 0.62, ["m5"] = 0.55 });

        Assert.Equal(InspectionGrade.RequiresImprovement, explanation.GradeAtMeans);
        Assert.Equal(DecidingKind.Weakest, explanation.DecidedBy);
        Assert.Equal(["m0", "m5", "m4"], explanation.Deciding);
        Assert.Equal("m0", explanation.DecidingMeasure);
    }

    [Fact]
    public void Each_measure_carries_its_own_grade_and_the_margins_to_the_next_grade_up_and_down()
    {
        var area = TestRubrics.Area("area", GradeCombination.LimitingFactor, TestRubrics.Higher("share"), TestRubrics.Lower("seconds"));

        var explanation = Explain(area, new() { ["share"] = 0.556, ["seconds"] = 300 });

        var share = explanation.Measures[0];
        Assert.Equal(InspectionGrade.RequiresImprovement, share.Grade);
        Assert.Equal(InspectionGrade.Adequate, share.Up!.Value.Grade);
        Assert.Equal(0.094, share.Up!.Value.Margin, 12);
        Assert.Equal(InspectionGrade.Inadequate, share.Down!.Value.Grade);
        Assert.Equal(0.106, share.Down!.Value.Margin, 12);
        var seconds = explanation.Measures[1];
        Assert.Equal(InspectionGrade.RequiresImprovement, seconds.Grade);
        Assert.Equal((InspectionGrade.Adequate, 60.0), seconds.Up);
        Assert.Equal((InspectionGrade.Inadequate, 180.0), seconds.Down);
    }

    [Fact]
    public void An_outstanding_measure_has_no_grade_up_and_an_inadequate_one_no_grade_down()
    {
        var explanation = Explain(Area(GradeCombination.Average, 2), new() { ["m0"] = 0.99, ["m1"] = 0.10 });

        Assert.Null(explanation.Measures[0].Up);
        Assert.Equal(InspectionGrade.Good, explanation.Measures[0].Down!.Value.Grade);
        Assert.Equal(0.09, explanation.Measures[0].Down!.Value.Margin, 12);
        Assert.Null(explanation.Measures[1].Down);
        Assert.Equal(InspectionGrade.RequiresImprovement, explanation.Measures[1].Up!.Value.Grade);
    }

    [Fact]
    public void A_measure_without_a_value_takes_no_part_and_never_decides()
    {
        var explanation = Explain(Area(GradeCombination.Worst, 2), new() { ["m0"] = null, ["m1"] = 0.85 });

        Assert.Null(explanation.Measures[0].Grade);
        Assert.False(explanation.Measures[0].Decides);
        Assert.Equal("m1", explanation.DecidingMeasure);
        Assert.Equal(InspectionGrade.Good, explanation.GradeAtMeans);
    }

    [Fact]
    public void With_nothing_graded_there_is_no_deciding_measure_and_the_sentence_says_not_graded()
    {
        var explanation = Explain(Area(GradeCombination.Average, 2), new() { ["m0"] = null, ["m1"] = null }, graded: false);

        Assert.Null(explanation.DecidingMeasure);
        Assert.Equal(DecidingKind.None, explanation.DecidedBy);
        Assert.Null(explanation.Reason());
        Assert.Equal("Area: not graded.", explanation.Sentence());
    }

    [Fact]
    public void The_sentence_gives_the_most_likely_grade_and_the_deciding_measure_in_the_words_it_is_given()
    {
        var explanation = Explain(Area(GradeCombination.Worst, 2), new() { ["m0"] = 0.85, ["m1"] = 0.40 });

        Assert.Equal(
            "Area: likely inadequate (75% of replications), mainly because second measure is 40.0% (inadequate; requires improvement needs 45% or more).",
            explanation.Sentence(name => name == "m1" ? "second measure" : name));
        Assert.Equal("m1 is 40.0% (inadequate; requires improvement needs 45% or more)", explanation.Reason());
    }

    [Fact]
    public void The_sentence_says_when_the_means_alone_would_earn_another_grade_than_the_most_likely()
    {
        var explanation = Explain(Area(GradeCombination.Worst, 1), new() { ["m0"] = 0.85 }, mostLikely: InspectionGrade.Adequate);

        Assert.Equal(InspectionGrade.Good, explanation.GradeAtMeans);
        Assert.EndsWith("(the measures' means alone would earn good).", explanation.Sentence(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explaining_a_result_reads_the_means_and_the_most_likely_population_grade_of_each_area()
    {
        var rubric = TestRubrics.Rubric(Area(GradeCombination.Worst, 1));
        var result = TestResults.Experiment(
            TestResults.Replication(0, ("m0", 0.70), (GradeIndicators.Name("area", "population", InspectionGrade.Adequate), 1.0)),
            TestResults.Replication(1, ("m0", 1.0), (GradeIndicators.Name("area", "population", InspectionGrade.Outstanding), 1.0)),
            TestResults.Replication(2, ("m0", 0.72), (GradeIndicators.Name("area", "population", InspectionGrade.Adequate), 1.0)));

        var explanation = Assert.Single(GradeExplainer.Explain(rubric, result));

        Assert.Equal(0.80666666666666667, explanation.Measures[0].Value!.Value, 12);
        Assert.Equal(InspectionGrade.Good, explanation.GradeAtMeans);
        Assert.Equal(InspectionGrade.Adequate, explanation.MostLikely);
        Assert.Equal(2.0 / 3, explanation.Probability, 12);
    }

    private static GradedArea Area(GradeCombination combine, int measures) =>
        new() { Id = "area", Name = "Area", Combine = combine, Measures = [.. Enumerable.Range(0, measures).Select(i => TestRubrics.Higher($"m{i}"))] };

    /// <summary>Explains <paramref name="area"/> at hand-built means; the most likely grade is the means' grade in 3 of 4 replications unless given.</summary>
    private static GradeExplanation Explain(GradedArea area, Dictionary<string, double?> means, bool graded = true, InspectionGrade? mostLikely = null)
    {
        var grade = mostLikely ?? area.GradeOf(n => means[n]) ?? InspectionGrade.Adequate;
        var probability = GradeNames.All.ToDictionary(g => g, g => g == grade ? 0.75 : g == InspectionGrade.Inadequate && grade != g ? 0.25 : 0);
        if (grade == InspectionGrade.Inadequate)
        {
            probability[InspectionGrade.RequiresImprovement] = 0.25;
        }

        var distribution = new GradeDistribution(area.Id, "population", graded ? probability : new Dictionary<InspectionGrade, double>());
        return GradeExplainer.Explain(area, n => means[n], distribution);
    }
}
