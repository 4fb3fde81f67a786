using ForceSim.Model.Rubrics;

namespace ForceSim.Engine.Grading;

/// <summary>
/// One graded measure behind an area's grade: its mean across replications, the thresholds it was judged against, the
/// grade it earns alone, and how far it is from the next grade up and down. Margins are distances in the measure's own
/// units (a fraction, seconds), always positive: how much better it must get to rise, how much worse it may get and hold.
/// </summary>
public sealed record MeasureExplanation
{
    public required string Measure { get; init; }

    public required bool HigherIsBetter { get; init; }

    /// <summary>Mean across replications; null when no replication measured it (then it takes no part in the grade).</summary>
    public required double? Value { get; init; }

    public required IReadOnlyDictionary<InspectionGrade, double> Thresholds { get; init; }

    /// <summary>The grade this measure alone earns at its mean; null without a value.</summary>
    public InspectionGrade? Grade { get; init; }

    /// <summary>The next grade up and the improvement needed to reach it; null at outstanding or without a value.</summary>
    public (InspectionGrade Grade, double Margin)? Up { get; init; }

    /// <summary>The next grade down and the room before falling to it; null at inadequate or without a value.</summary>
    public (InspectionGrade Grade, double Margin)? Down { get; init; }

    /// <summary>Whether this measure decided the area's grade (see <see cref="GradeExplanation.Deciding"/>).</summary>
    public bool Decides { get; init; }

    /// <summary>
    /// Where the value sits within its grade's band, from 0 (just earned the grade) towards 1 (nearly the next grade
    /// up); below 0 for an inadequate value, the further the worse. Ranks the weakest measures by how serious they are.
    /// </summary>
    public double Depth
    {
        get
        {
            if (Grade is not { } grade || Value is not { } value)
            {
                return double.PositiveInfinity;
            }

            var floor = grade == InspectionGrade.Inadequate ? Thresholds[InspectionGrade.RequiresImprovement] : Thresholds[grade];
            var ceiling = grade switch
            {
                InspectionGrade.Outstanding => floor,
                InspectionGrade.Inadequate => Thresholds[InspectionGrade.Adequate],
                _ => Thresholds[grade - 1],
            };
            var width = Math.Abs(ceiling - floor);
            var above = HigherIsBetter ? value - floor : floor - value;
            return width == 0 ? 1 : above / width;
        }
    }

    /// <summary>Explains one measure at <paramref name="value"/>.</summary>
    public static MeasureExplanation Of(GradedMeasure measure, double? value)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var explanation = new MeasureExplanation { Measure = measure.Measure, HigherIsBetter = measure.HigherIsBetter, Value = value, Thresholds = measure.Thresholds };
        if (value is not { } v)
        {
            return explanation;
        }

        var grade = measure.GradeOf(v);
        (InspectionGrade, double)? up = grade == InspectionGrade.Outstanding ? null : (grade - 1, Distance(measure, measure.Thresholds[grade - 1], v));
        (InspectionGrade, double)? down = grade == InspectionGrade.Inadequate ? null : (grade + 1, Distance(measure, v, measure.Thresholds[grade]));
        return explanation with { Grade = grade, Up = up, Down = down };
    }

    /// <summary>How much better <paramref name="better"/> is than <paramref name="worse"/> in the measure's direction (never negative).</summary>
    private static double Distance(GradedMeasure measure, double better, double worse) =>
        Math.Max(0, measure.HigherIsBetter ? better - worse : worse - better);
}
