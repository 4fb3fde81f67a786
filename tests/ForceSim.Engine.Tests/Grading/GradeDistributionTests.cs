using ForceSim.Engine.Grading;
using ForceSim.Model.Rubrics;

namespace ForceSim.Engine.Tests.Grading;

public sealed class GradeDistributionTests
{
    [Fact]
    public void Probabilities_are_the_share_of_graded_replications_with_each_grade()
    {
        var distribution = From(InspectionGrade.Good, InspectionGrade.Good, InspectionGrade.RequiresImprovement, null);

        Assert.Equal(2.0 / 3, distribution.Probability[InspectionGrade.Good], 12);
        Assert.Equal(1.0 / 3, distribution.Probability[InspectionGrade.RequiresImprovement], 12);
        Assert.Equal(0, distribution.Probability[InspectionGrade.Outstanding]);
        Assert.Equal(0, distribution.Probability[InspectionGrade.Adequate]);
        Assert.Equal(0, distribution.Probability[InspectionGrade.Inadequate]);
        Assert.Equal(1, distribution.Probability.Values.Sum(), 12);
        Assert.Equal(InspectionGrade.Good, distribution.MostLikely);
        Assert.Equal("area", distribution.Area);
        Assert.Equal("population", distribution.View);
    }

    [Fact]
    public void At_or_below_sums_the_grade_and_every_worse_grade()
    {
        var distribution = From(InspectionGrade.Outstanding, InspectionGrade.Good, InspectionGrade.RequiresImprovement, InspectionGrade.Inadequate);

        Assert.Equal(1, distribution.AtOrBelow(InspectionGrade.Outstanding), 12);
        Assert.Equal(0.75, distribution.AtOrBelow(InspectionGrade.Good), 12);
        Assert.Equal(0.5, distribution.AtOrBelow(InspectionGrade.Adequate), 12);
        Assert.Equal(0.5, distribution.AtOrBelow(InspectionGrade.RequiresImprovement), 12);
        Assert.Equal(0.25, distribution.AtOrBelow(InspectionGrade.Inadequate), 12);
    }

    [Theory]
    [InlineData(InspectionGrade.Good, InspectionGrade.RequiresImprovement, InspectionGrade.RequiresImprovement)]
    [InlineData(InspectionGrade.RequiresImprovement, InspectionGrade.Good, InspectionGrade.RequiresImprovement)]
    [InlineData(InspectionGrade.Outstanding, InspectionGrade.Good, InspectionGrade.Good)]
    [InlineData(InspectionGrade.Adequate, InspectionGrade.Inadequate, InspectionGrade.Inadequate)]
    public void A_tie_for_most_likely_goes_to_the_worse_grade(InspectionGrade first, InspectionGrade second, InspectionGrade expected)
    {
        var distribution = From(first, second, first, second);

        Assert.Equal(expected, distribution.MostLikely);
    }

    [Fact]
    public void With_no_graded_replication_there_is_no_distribution_and_no_most_likely_grade()
    {
        var distribution = From(null, null);

        Assert.Empty(distribution.Probability);
        Assert.Null(distribution.MostLikely);
        Assert.Equal(0, distribution.AtOrBelow(InspectionGrade.Outstanding));
    }

    [Fact]
    public void Only_the_named_area_and_view_are_read()
    {
        var replication = TestResults.Measures(
            (GradeIndicators.Name("area", "population", InspectionGrade.Good), 1),
            (GradeIndicators.Name("area", "inspection", InspectionGrade.Inadequate), 1),
            (GradeIndicators.Name("other", "population", InspectionGrade.Outstanding), 1));

        var population = GradeDistribution.From("area", "population", [replication]);
        var inspection = GradeDistribution.From("area", "inspection", [replication]);

        Assert.Equal(InspectionGrade.Good, population.MostLikely);
        Assert.Equal(1, population.Probability[InspectionGrade.Good]);
        Assert.Equal(InspectionGrade.Inadequate, inspection.MostLikely);
    }

    /// <summary>A distribution over replications graded as given by <see cref="GradeIndicators"/> (null: could not be graded).</summary>
    private static GradeDistribution From(params InspectionGrade?[] grades)
    {
        var rubric = TestRubrics.Rubric(TestRubrics.Area("area", GradeCombination.Worst, TestRubrics.Higher("m")));
        var value = new Dictionary<InspectionGrade, double>
        {
            [InspectionGrade.Outstanding] = 0.95,
            [InspectionGrade.Good] = 0.85,
            [InspectionGrade.Adequate] = 0.7,
            [InspectionGrade.RequiresImprovement] = 0.5,
            [InspectionGrade.Inadequate] = 0.2,
        };
        var replications = grades.Select(g =>
        {
            var measures = TestResults.Measures(("m", g is { } grade ? value[grade] : null));
            GradeIndicators.Add(rubric, measures);
            return (IReadOnlyDictionary<string, double?>)measures;
        });
        return GradeDistribution.From("area", "population", replications);
    }
}
