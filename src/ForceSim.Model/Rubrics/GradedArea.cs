namespace ForceSim.Model.Rubrics;

/// <summary>YAML: <c>areas.&lt;id&gt;</c>: a graded area (e.g. responding to the public), its measures and how they combine.</summary>
public sealed record GradedArea
{
    /// <summary>The area's key, e.g. <c>responding_to_the_public</c>.</summary>
    public required string Id { get; init; }

    public string Name { get; init; } = "";

    public GradeCombination Combine { get; init; } = GradeCombination.Worst;

    public required IReadOnlyList<GradedMeasure> Measures { get; init; }

    /// <summary>The area's grade from a lookup of measure values; null when none of its measures has a value.</summary>
    public InspectionGrade? GradeOf(Func<string, double?> valueOf)
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        var grades = new List<InspectionGrade>();
        foreach (var measure in Measures)
        {
            if (valueOf(measure.Measure) is { } value)
            {
                grades.Add(measure.GradeOf(value));
            }
        }

        if (grades.Count == 0)
        {
            return null;
        }

        return Combine switch
        {
            GradeCombination.Worst => grades.Max(),
            _ => Average(grades),
        };
    }

    /// <summary>The mean grade rank rounded to the nearest grade; a mean halfway between two grades takes the worse one.</summary>
    private static InspectionGrade Average(List<InspectionGrade> grades)
    {
        // round(sum / n) with halves rounded up (towards worse), in integers: floor((2 sum + n) / 2n).
        var sum = grades.Sum(g => (int)g);
        return (InspectionGrade)(((2 * sum) + grades.Count) / (2 * grades.Count));
    }
}
