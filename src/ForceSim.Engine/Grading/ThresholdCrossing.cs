using ForceSim.Model.Rubrics;

namespace ForceSim.Engine.Grading;

/// <summary>A measure whose mean earns another grade in an option than in the base: which threshold it crossed, which way.</summary>
public sealed record ThresholdCrossing(MeasureExplanation Base, MeasureExplanation Option)
{
    public string Measure => Base.Measure;

    public bool Improved => Option.Grade < Base.Grade;

    /// <summary>
    /// The threshold that places the option's value: for an improvement, the one of the grade now earned; for a fall, the
    /// one of the grade just above the new grade (the last one it no longer meets, when it fell more than one grade).
    /// </summary>
    public (InspectionGrade Grade, double Value) Threshold
    {
        get
        {
            var grade = Improved ? Option.Grade!.Value : Option.Grade!.Value - 1;
            return (grade, Base.Thresholds[grade]);
        }
    }

    /// <summary>
    /// E.g. "101 calls abandoned 15.5% → 7.7%: now meets the adequate threshold (≤ 10%), requires improvement → adequate".
    /// </summary>
    public string Describe(Func<string, string>? label = null)
    {
        var (grade, value) = Threshold;
        var sign = Base.HigherIsBetter ? "≥" : "≤";
        var crossed = Improved ? $"now meets the {GradeNames.Label(grade)} threshold" : $"no longer meets the {GradeNames.Label(grade)} threshold";
        return $"{label?.Invoke(Measure) ?? Measure} {GradeText.Value(Base, Base.Value!.Value)} → {GradeText.Value(Option, Option.Value!.Value)}: "
            + $"{crossed} ({sign} {GradeText.Value(Base, value, threshold: true)}), {GradeNames.Label(Base.Grade!.Value)} → {GradeNames.Label(Option.Grade!.Value)}";
    }

    /// <summary>The measures of an area whose grade differs between base and option, in rubric order.</summary>
    public static IReadOnlyList<ThresholdCrossing> Between(GradeExplanation baseArea, GradeExplanation optionArea)
    {
        ArgumentNullException.ThrowIfNull(baseArea);
        ArgumentNullException.ThrowIfNull(optionArea);
        return [.. baseArea.Measures
            .Join(optionArea.Measures, m => m.Measure, m => m.Measure, (b, o) => new ThresholdCrossing(b, o), StringComparer.Ordinal)
            .Where(c => c.Base.Grade is not null && c.Option.Grade is not null && c.Base.Grade != c.Option.Grade)];
    }
}
