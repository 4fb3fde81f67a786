using ForceSim.Engine.Grading;
using ForceSim.Model.Rubrics;

namespace ForceSim.Reporting.Tables;

/// <summary>
/// One measure of a grade explanation as text for a table, shared by the terminal and report.html so both say the
/// same: its label, mean, thresholds, the grade it earns alone, and the margins to the next grade up and down.
/// </summary>
public sealed record ExplanationRow(string Area, string Measure, string Mean, string Thresholds, string Grade, string Up, string Down, bool Decides)
{
    private static readonly Dictionary<string, string> Labels =
        MeasureCatalog.Headline.ToDictionary(m => m.Name, m => m.Label.Trim(), StringComparer.Ordinal);

    /// <summary>A measure's label for people, e.g. "101 calls abandoned"; its results.json name when it has none.</summary>
    public static string Label(string measure) => Labels.TryGetValue(measure, out var label) ? label : measure;

    /// <summary>A measure's label for the middle of a sentence: "investigation supervised", but "101 calls abandoned".</summary>
    public static string Phrase(string measure)
    {
        var label = Label(measure);
        return label.Length > 1 && char.IsUpper(label[0]) && char.IsLower(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
    }

    public static IEnumerable<ExplanationRow> From(GradeExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return explanation.Measures.Select(m => new ExplanationRow(
            explanation.Name,
            Label(m.Measure),
            m.Value is { } v ? GradeText.Value(m, v) : "not measured",
            ThresholdText(m),
            m.Grade is { } g ? GradeNames.Label(g) : "–",
            m.Up is { } up ? $"{(m.HigherIsBetter ? "+" : "−")}{GradeText.Margin(m, up.Margin)} → {GradeNames.Label(up.Grade)}" : "–",
            m.Down is { } down ? $"{(m.HigherIsBetter ? "−" : "+")}{GradeText.Margin(m, down.Margin)} → {GradeNames.Label(down.Grade)}" : "–",
            m.Decides));
    }

    /// <summary>Outstanding, good, adequate and requires improvement thresholds in one short cell, e.g. "≥ 90/80/65/45%".</summary>
    private static string ThresholdText(MeasureExplanation measure)
    {
        var values = measure.Thresholds.OrderBy(t => t.Key).Select(t => GradeText.Value(measure, t.Value, threshold: true)).ToList();
        var unit = new string([.. values[0].SkipWhile(c => char.IsDigit(c) || c == '.')]);
        var numbers = values.Select(v => v.EndsWith(unit, StringComparison.Ordinal) ? v[..^unit.Length] : v);
        return $"{(measure.HigherIsBetter ? "≥" : "≤")} {string.Join("/", numbers)}{unit}";
    }
}
