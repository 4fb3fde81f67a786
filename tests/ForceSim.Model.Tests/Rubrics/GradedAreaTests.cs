using ForceSim.Model.Rubrics;
using ForceSim.Testing.Rubrics;

namespace ForceSim.Model.Tests.Rubrics;

public sealed class GradedAreaTests
{
    // Values that earn each grade against thresholds 0.90 / 0.80 / 0.65 / 0.45 (higher is better).
    private static readonly Dictionary<InspectionGrade, double> ValueFor = new()
    {
        [InspectionGrade.Outstanding] = 0.95,
        [InspectionGrade.Good] = 0.85,
        [InspectionGrade.Adequate] = 0.70,
        [InspectionGrade.RequiresImprovement] = 0.50,
        [InspectionGrade.Inadequate] = 0.10,
    };

    [Theory]
    [InlineData(InspectionGrade.Outstanding, InspectionGrade.Good, InspectionGrade.RequiresImprovement, InspectionGrade.RequiresImprovement)]
    [InlineData(InspectionGrade.Good, InspectionGrade.Good, InspectionGrade.Good, InspectionGrade.Good)]
    [InlineData(InspectionGrade.Outstanding, InspectionGrade.Outstanding, InspectionGrade.Inadequate, InspectionGrade.Inadequate)]
    public void Worst_takes_the_weakest_measures_grade(InspectionGrade a, InspectionGrade b, InspectionGrade c, InspectionGrade expected)
    {
        var area = Area(GradeCombination.Worst, 3);

        Assert.Equal(expected, area.GradeOf(Values(a, b, c)));
    }

    [Theory]
    [InlineData(InspectionGrade.Good, InspectionGrade.RequiresImprovement, InspectionGrade.Adequate)]
    [InlineData(InspectionGrade.Outstanding, InspectionGrade.Inadequate, InspectionGrade.Adequate)]
    [InlineData(InspectionGrade.Adequate, InspectionGrade.Adequate, InspectionGrade.Adequate)]
    public void Average_takes_the_mean_grade_rank(InspectionGrade a, InspectionGrade b, InspectionGrade expected)
    {
        var area = Area(GradeCombination.Average, 2);

        Assert.Equal(expected, area.GradeOf(Values(a, b)));
    }

    [Theory]
    [InlineData(InspectionGrade.Good, InspectionGrade.Adequate, InspectionGrade.Adequate)]
    [InlineData(InspectionGrade.Outstanding, InspectionGrade.Good, InspectionGrade.Good)]
    [InlineData(InspectionGrade.Adequate, InspectionGrade.RequiresImprovement, InspectionGrade.RequiresImprovement)]
    [InlineData(InspectionGrade.Outstanding, InspectionGrade.RequiresImprovement, InspectionGrade.Adequate)]
    public void Average_rounds_a_tie_between_two_grades_to_the_worse_one(InspectionGrade a, InspectionGrade b, InspectionGrade expected)
    {
        var area = Area(GradeCombination.Average, 2);

        Assert.Equal(expected, area.GradeOf(Values(a, b)));
    }

    [Theory]
    [InlineData(InspectionGrade.Outstanding, InspectionGrade.Outstanding, InspectionGrade.Good, InspectionGrade.Outstanding)]
    [InlineData(InspectionGrade.Good, InspectionGrade.Good, InspectionGrade.RequiresImprovement, InspectionGrade.Adequate)]
    [InlineData(InspectionGrade.Good, InspectionGrade.Adequate, InspectionGrade.Adequate, InspectionGrade.Adequate)]
    [InlineData(InspectionGrade.RequiresImprovement, InspectionGrade.RequiresImprovement, InspectionGrade.Good, InspectionGrade.Adequate)]
    public void Average_rounds_a_mean_that_is_not_a_tie_to_the_nearest_grade(InspectionGrade a, InspectionGrade b, InspectionGrade c, InspectionGrade expected)
    {
        // Ranks 0, 0, 1 average 0.33: outstanding, not good. Ranks 1, 1, 3 average 1.67: adequate is nearer
        // than good. Ranks 3, 3, 1 average 2.33: adequate, not requires improvement.
        var area = Area(GradeCombination.Average, 3);

        Assert.Equal(expected, area.GradeOf(Values(a, b, c)));
    }

    [Fact]
    public void Average_of_five_measures_rounds_to_the_nearest_grade()
    {
        var area = Area(GradeCombination.Average, 5);

        // Ranks 1, 1, 1, 2, 4 average 1.8: adequate. Ranks 1, 1, 1, 1, 2 average 1.2: good.
        Assert.Equal(
            InspectionGrade.Adequate,
            area.GradeOf(Values(InspectionGrade.Good, InspectionGrade.Good, InspectionGrade.Good, InspectionGrade.Adequate, InspectionGrade.Inadequate)));
        Assert.Equal(
            InspectionGrade.Good,
            area.GradeOf(Values(InspectionGrade.Good, InspectionGrade.Good, InspectionGrade.Good, InspectionGrade.Good, InspectionGrade.Adequate)));
    }

    [Theory]
    [InlineData(GradeCombination.Worst)]
    [InlineData(GradeCombination.Average)]
    [InlineData(GradeCombination.LimitingFactor)]
    public void Measures_without_a_value_are_left_out(GradeCombination combine)
    {
        var area = Area(combine, 3);
        var values = new Dictionary<string, double?> { ["m0"] = null, ["m1"] = ValueFor[InspectionGrade.Good], ["m2"] = null };

        Assert.Equal(InspectionGrade.Good, area.GradeOf(name => values[name]));
    }

    [Theory]
    [InlineData(GradeCombination.Worst)]
    [InlineData(GradeCombination.Average)]
    [InlineData(GradeCombination.LimitingFactor)]
    public void With_no_measure_valued_the_area_has_no_grade(GradeCombination combine)
    {
        var area = Area(combine, 3);

        Assert.Null(area.GradeOf(_ => null));
    }

    [Fact]
    public void The_default_combination_is_worst()
    {
        var area = new GradedArea { Id = "a", Measures = [TestRubrics.Higher("m0"), TestRubrics.Higher("m1")] };

        Assert.Equal(GradeCombination.Worst, area.Combine);
        Assert.Equal(InspectionGrade.Inadequate, area.GradeOf(name => name == "m0" ? 0.95 : 0.1));
    }

    private static GradedArea Area(GradeCombination combine, int measures) => new()
    {
        Id = "area",
        Combine = combine,
        Measures = [.. Enumerable.Range(0, measures).Select(i => TestRubrics.Higher($"m{i}"))],
    };

    /// <summary>A lookup giving measure m0 a value graded <paramref name="grades"/>[0], m1 the next, and so on.</summary>
    private static Func<string, double?> Values(params InspectionGrade[] grades) =>
        name => ValueFor[grades[int.Parse(name.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)]];
}
