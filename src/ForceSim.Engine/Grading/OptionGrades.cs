namespace ForceSim.Engine.Grading;

/// <summary>An option's most likely grade per area against the base's, and what moved each (see <see cref="AreaGradeMove"/>).</summary>
public sealed record OptionGrades(string Option, IReadOnlyList<AreaGradeMove> Areas)
{
    /// <summary>Pairs each base area with the option's area of the same key; an area only one side grades is left out.</summary>
    public static OptionGrades Between(string option, IReadOnlyList<GradeExplanation> baseAreas, IReadOnlyList<GradeExplanation> optionAreas)
    {
        ArgumentNullException.ThrowIfNull(baseAreas);
        ArgumentNullException.ThrowIfNull(optionAreas);
        return new OptionGrades(option, [.. baseAreas.Join(optionAreas, a => a.Area, a => a.Area, (b, o) => new AreaGradeMove(b, o), StringComparer.Ordinal)]);
    }
}
