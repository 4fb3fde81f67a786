using ForceSim.Model.Rubrics;
using ForceSim.Testing.Rubrics;

namespace ForceSim.Model.Tests.Rubrics;

public sealed class GradedMeasureTests
{
    private static readonly GradedMeasure Attendance = TestRubrics.Higher("response.attendance_within_target");

    private static readonly GradedMeasure Abandoned = new()
    {
        Measure = "contact.non_emergency_abandoned",
        HigherIsBetter = false,
        Thresholds = TestRubrics.Thresholds(0.03, 0.06, 0.10, 0.20),
    };

    [Theory]
    [InlineData(1.00, InspectionGrade.Outstanding)]
    [InlineData(0.90, InspectionGrade.Outstanding)]
    [InlineData(0.8999, InspectionGrade.Good)]
    [InlineData(0.80, InspectionGrade.Good)]
    [InlineData(0.70, InspectionGrade.Adequate)]
    [InlineData(0.65, InspectionGrade.Adequate)]
    [InlineData(0.52, InspectionGrade.RequiresImprovement)]
    [InlineData(0.45, InspectionGrade.RequiresImprovement)]
    [InlineData(0.4499, InspectionGrade.Inadequate)]
    [InlineData(0.00, InspectionGrade.Inadequate)]
    public void When_higher_is_better_a_value_earns_the_best_grade_whose_threshold_it_reaches(double value, InspectionGrade expected)
    {
        Assert.Equal(expected, Attendance.GradeOf(value));
    }

    [Theory]
    [InlineData(0.00, InspectionGrade.Outstanding)]
    [InlineData(0.03, InspectionGrade.Outstanding)]
    [InlineData(0.031, InspectionGrade.Good)]
    [InlineData(0.06, InspectionGrade.Good)]
    [InlineData(0.08, InspectionGrade.Adequate)]
    [InlineData(0.10, InspectionGrade.Adequate)]
    [InlineData(0.15, InspectionGrade.RequiresImprovement)]
    [InlineData(0.20, InspectionGrade.RequiresImprovement)]
    [InlineData(0.2001, InspectionGrade.Inadequate)]
    [InlineData(1.00, InspectionGrade.Inadequate)]
    public void When_lower_is_better_a_value_earns_the_best_grade_whose_threshold_it_stays_within(double value, InspectionGrade expected)
    {
        Assert.Equal(expected, Abandoned.GradeOf(value));
    }

    [Fact]
    public void A_measure_without_an_outstanding_threshold_can_at_best_be_good()
    {
        var measure = Attendance with { Thresholds = new Dictionary<InspectionGrade, double> { [InspectionGrade.Good] = 0.8 } };

        Assert.Equal(InspectionGrade.Good, measure.GradeOf(1.0));
        Assert.Equal(InspectionGrade.Inadequate, measure.GradeOf(0.79));
    }
}
