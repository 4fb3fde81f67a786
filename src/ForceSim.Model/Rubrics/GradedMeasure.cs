namespace ForceSim.Model.Rubrics;

/// <summary>
/// YAML: an item of <c>areas.&lt;area&gt;.measures</c>: a measure and the lowest value (or highest, when lower is
/// better) that still earns each grade. A value meeting no threshold is graded inadequate.
/// </summary>
public sealed record GradedMeasure
{
    /// <summary><c>measure</c>: a measure name from results.json, e.g. <c>response.attendance_within_target</c>.</summary>
    public required string Measure { get; init; }

    /// <summary><c>better: higher|lower</c>.</summary>
    public bool HigherIsBetter { get; init; } = true;

    /// <summary><c>thresholds</c>: outstanding, good, adequate, requires_improvement (monotone in the better direction).</summary>
    public required IReadOnlyDictionary<InspectionGrade, double> Thresholds { get; init; }

    /// <summary><c>reasoning</c>: why these thresholds (inspectors publish none).</summary>
    public string Reasoning { get; init; } = "";

    /// <summary>The grade a value earns against these thresholds.</summary>
    public InspectionGrade GradeOf(double value)
    {
        foreach (var grade in (InspectionGrade[])[InspectionGrade.Outstanding, InspectionGrade.Good, InspectionGrade.Adequate, InspectionGrade.RequiresImprovement])
        {
            if (Thresholds.TryGetValue(grade, out var threshold) && (HigherIsBetter ? value >= threshold : value <= threshold))
            {
                return grade;
            }
        }

        return InspectionGrade.Inadequate;
    }
}
