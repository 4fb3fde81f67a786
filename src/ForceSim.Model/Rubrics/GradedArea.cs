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

        return GradeCombiner.Combine(Combine, grades);
    }
}
