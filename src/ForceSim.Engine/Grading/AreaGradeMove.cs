using ForceSim.Model.Rubrics;

namespace ForceSim.Engine.Grading;

/// <summary>One area in a comparison: its most likely grade in the base and in an option, and the measures that crossed a threshold.</summary>
public sealed record AreaGradeMove(GradeExplanation Base, GradeExplanation Option)
{
    public string Area => Base.Area;

    public string Name => Base.Name;

    public InspectionGrade? BaseGrade => Base.MostLikely;

    public InspectionGrade? OptionGrade => Option.MostLikely;

    public bool Moved => BaseGrade != OptionGrade;

    public IReadOnlyList<ThresholdCrossing> Crossings { get; } = ThresholdCrossing.Between(Base, Option);

    /// <summary>
    /// E.g. "Responding to the public: requires improvement (100%) → requires improvement (100%) (unchanged). Crossed: …. The option is
    /// likely requires improvement, mainly because …".
    /// </summary>
    public string Sentence(Func<string, string>? label = null)
    {
        var from = BaseGrade is { } b ? $"{GradeNames.Label(b)} ({GradeText.Percent(Base.Probability)})" : Base.Withheld ?? "not graded";
        var to = OptionGrade is { } o ? $"{GradeNames.Label(o)} ({GradeText.Percent(Option.Probability)})" : Option.Withheld ?? "not graded";
        var text = $"{Name}: {from} → {to}{(Moved ? "" : " (unchanged)")}.";
        text += Crossings.Count == 0
            ? " No measure crossed a threshold."
            : $" Crossed: {string.Join("; ", Crossings.Select(c => c.Describe(label)))}.";
        if (Option.Reason(label) is { } reason)
        {
            text += $" With the option, mainly because {reason}.";
        }

        return text;
    }
}
