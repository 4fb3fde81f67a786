using ForceSim.Model.Rubrics;

namespace ForceSim.Model.Tests.Rubrics;

public sealed class GradeCombinerTests
{
    private const InspectionGrade O = InspectionGrade.Outstanding;
    private const InspectionGrade G = InspectionGrade.Good;
    private const InspectionGrade A = InspectionGrade.Adequate;
    private const InspectionGrade RI = InspectionGrade.RequiresImprovement;
    private const InspectionGrade I = InspectionGrade.Inadequate;

    [Fact]
    public void Limiting_factor_keeps_an_area_one_grade_above_a_single_failing_however_strong_the_rest()
    {
        // The average of O, O, O, I is good (rank 1); one inadequate measure limits the area to requires improvement.
        Assert.Equal(G, GradeCombiner.Combine(GradeCombination.Average, [O, O, O, I]));
        Assert.Equal(RI, GradeCombiner.Combine(GradeCombination.LimitingFactor, [O, O, O, I]));
    }

    [Fact]
    public void Limiting_factor_takes_the_grade_two_failing_measures_share()
    {
        // 2024-like responding: attendance and 101 abandonment inadequate, the rest adequate or requires improvement.
        Assert.Equal(RI, GradeCombiner.Combine(GradeCombination.Average, [I, A, RI, I, RI, RI]));
        Assert.Equal(I, GradeCombiner.Combine(GradeCombination.LimitingFactor, [I, A, RI, I, RI, RI]));
    }

    [Fact]
    public void Limiting_factor_lets_one_inadequate_measure_among_others_at_requires_improvement_stay_requires_improvement()
    {
        // 2022 investigating crime: plan RI, supervision inadequate, enquiries adequate, victims informed RI.
        Assert.Equal(I, GradeCombiner.Combine(GradeCombination.Worst, [RI, I, A, RI]));
        Assert.Equal(RI, GradeCombiner.Combine(GradeCombination.LimitingFactor, [RI, I, A, RI]));
    }

    [Fact]
    public void Limiting_factor_holds_responding_at_requires_improvement_where_averaging_lifted_it_with_20_more_call_handlers()
    {
        // +20 call handlers: attendance RI (worse), 999 outstanding, 101 answer and abandonment adequate, repeat and vulnerability RI.
        InspectionGrade[] option = [RI, O, A, A, RI, RI];

        Assert.Equal(A, GradeCombiner.Combine(GradeCombination.Average, option));
        Assert.Equal(RI, GradeCombiner.Combine(GradeCombination.LimitingFactor, option));
    }

    [Theory]
    [InlineData(G, G, G)]
    [InlineData(O, A, G)]
    [InlineData(G, RI, A)]
    public void Limiting_factor_is_the_average_when_the_weakest_measures_do_not_bind(InspectionGrade a, InspectionGrade b, InspectionGrade expected)
    {
        Assert.Equal(expected, GradeCombiner.Combine(GradeCombination.LimitingFactor, [a, b]));
        Assert.Equal(GradeCombiner.Combine(GradeCombination.Average, [a, b]), GradeCombiner.Combine(GradeCombination.LimitingFactor, [a, b]));
    }

    [Fact]
    public void Limiting_factor_of_one_measure_is_its_grade()
    {
        Assert.All(GradeNames.All, g => Assert.Equal(g, GradeCombiner.Combine(GradeCombination.LimitingFactor, [g])));
    }

    [Fact]
    public void Limiting_factor_is_never_better_than_the_average_nor_worse_than_the_worst()
    {
        foreach (var grades in RandomGradeVectors(seed: 11, count: 5000))
        {
            var limited = GradeCombiner.Combine(GradeCombination.LimitingFactor, grades)!.Value;
            Assert.True(limited >= GradeCombiner.Average(grades), string.Join(",", grades));
            Assert.True(limited <= grades.Max(), string.Join(",", grades));
        }
    }

    [Fact]
    public void Under_limiting_factor_pushing_a_measure_that_holds_the_grade_past_a_threshold_never_improves_the_area()
    {
        var averageImproved = 0;
        var random = new Random(12);
        foreach (var baseGrades in RandomGradeVectors(seed: 13, count: 5000))
        {
            var baseArea = GradeCombiner.Combine(GradeCombination.LimitingFactor, baseGrades)!.Value;
            var holding = Enumerable.Range(0, baseGrades.Length).Where(i => baseGrades[i] >= baseArea && baseGrades[i] < I).ToList();
            if (holding.Count == 0)
            {
                continue;
            }

            // The option worsens one such measure by one grade or more and changes every other measure at will.
            var m = holding[random.Next(holding.Count)];
            var option = baseGrades.Select(_ => (InspectionGrade)random.Next(5)).ToArray();
            option[m] = (InspectionGrade)random.Next((int)baseGrades[m] + 1, 5);

            var optionArea = GradeCombiner.Combine(GradeCombination.LimitingFactor, option)!.Value;
            Assert.True(optionArea >= baseArea, $"base {string.Join(",", baseGrades)} → {baseArea}; option {string.Join(",", option)} → {optionArea}");
            var averageBase = GradeCombiner.Combine(GradeCombination.Average, baseGrades);
            averageImproved += GradeCombiner.Combine(GradeCombination.Average, option) < averageBase && baseGrades[m] >= averageBase ? 1 : 0;
        }

        // The property is the limiting factor's doing: averaging breaks it many times over the same cases.
        Assert.True(averageImproved > 100, $"averaging improved the area {averageImproved} times");
    }

    private static IEnumerable<InspectionGrade[]> RandomGradeVectors(int seed, int count)
    {
        var random = new Random(seed);
        for (var k = 0; k < count; k++)
        {
            yield return [.. Enumerable.Range(0, random.Next(1, 8)).Select(_ => (InspectionGrade)random.Next(5))];
        }
    }
}
