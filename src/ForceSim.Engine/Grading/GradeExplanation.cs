using ForceSim.Model.Rubrics;

namespace ForceSim.Engine.Grading;

/// <summary>
/// Why an area is likely to get its grade: the most likely grade over the replications, each measure behind it at its
/// mean with thresholds and margins, and the measures that decided it. Built by <see cref="GradeExplainer"/>.
/// </summary>
public sealed record GradeExplanation
{
    /// <summary>The area's key, e.g. <c>responding_to_the_public</c>.</summary>
    public required string Area { get; init; }

    public required string Name { get; init; }

    public required GradeCombination Combine { get; init; }

    /// <summary>The most likely full-population grade over the replications; null when no replication was graded.</summary>
    public InspectionGrade? MostLikely { get; init; }

    /// <summary>The share of replications given <see cref="MostLikely"/>.</summary>
    public double Probability { get; init; }

    /// <summary>The grade the rubric gives the measures' means; the deciding measures are read from this grading.</summary>
    public InspectionGrade? GradeAtMeans { get; init; }

    /// <summary>Every measure of the area, in rubric order.</summary>
    public required IReadOnlyList<MeasureExplanation> Measures { get; init; }

    /// <summary>The measures that decided the grade, most serious first (see <see cref="DecidedBy"/>).</summary>
    public required IReadOnlyList<string> Deciding { get; init; }

    public required DecidingKind DecidedBy { get; init; }

    /// <summary>Why no grade is given, when the run's diagnostics withheld it (e.g. demand exceeds response capacity).</summary>
    public string? Withheld { get; init; }

    /// <summary>The measure that most decided the grade, for a one-line reason; null when nothing was graded.</summary>
    public string? DecidingMeasure => Deciding.Count > 0 ? Deciding[0] : null;

    /// <summary>The explanation of <see cref="DecidingMeasure"/>.</summary>
    public MeasureExplanation? Decider => Measures.FirstOrDefault(m => m.Measure == DecidingMeasure);

    /// <summary>
    /// The deciding measure in plain words, e.g. "101 calls abandoned is 15.5% (requires improvement; adequate needs
    /// 10% or less)". <paramref name="label"/> names a measure for people; by default its results.json name.
    /// </summary>
    public string? Reason(Func<string, string>? label = null)
    {
        if (Withheld is not null || Decider is not { Value: { } value, Grade: { } grade } decider)
        {
            return null;
        }

        var name = label?.Invoke(decider.Measure) ?? decider.Measure;
        var next = decider.Up is { } up
            ? $"; {GradeNames.Label(up.Grade)} needs {GradeText.Value(decider, decider.Thresholds[up.Grade], threshold: true)} or {(decider.HigherIsBetter ? "more" : "less")}"
            : "";
        return $"{name} is {GradeText.Value(decider, value)} ({GradeNames.Label(grade)}{next})";
    }

    /// <summary>
    /// One plain-English sentence: "Responding to the public: likely requires improvement (100% of replications),
    /// mainly because …". The words after "mainly because" come from <see cref="Reason"/>.
    /// </summary>
    public string Sentence(Func<string, string>? label = null)
    {
        if (Withheld is { } withheld)
        {
            return $"{Name}: {withheld}.";
        }

        if (MostLikely is not { } likely)
        {
            return $"{Name}: not graded.";
        }

        var text = $"{Name}: likely {GradeNames.Label(likely)} ({GradeText.Percent(Probability)} of replications)";
        if (Reason(label) is { } reason)
        {
            text += $", mainly because {reason}";
            var others = Deciding.Count - 1;
            if (others > 0)
            {
                var plural = others == 1 ? "" : "s";
                text += DecidedBy == DecidingKind.Lifts
                    ? $"; improving {(others == 1 ? "one other measure" : $"any of {others} other measures")} by a grade would also lift it"
                    : $", with {others} other measure{plural} also at {GradeNames.Label(Decider!.Grade!.Value)}";
            }
        }

        if (GradeAtMeans is { } atMeans && atMeans != likely)
        {
            text += $" (the measures' means alone would earn {GradeNames.Label(atMeans)})";
        }

        return text + ".";
    }
}
