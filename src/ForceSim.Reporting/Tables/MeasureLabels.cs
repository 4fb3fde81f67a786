using ForceSim.Model.Rubrics;

namespace ForceSim.Reporting.Tables;

/// <summary>
/// A measure's name in words for any place a person reads it (chart axes, legends, titles, table rows): the headline
/// catalogue's label where it has one, a grade probability spelt out, otherwise the key made readable. Raw keys such as
/// <c>response.attendance_within_target</c> belong in data files, not in front of a chief officer.
/// </summary>
public static class MeasureLabels
{
    private static readonly Dictionary<string, MeasureDisplay> Catalog = MeasureCatalog.Headline.ToDictionary(m => m.Name, StringComparer.Ordinal);

    public static string Of(string measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (Catalog.TryGetValue(measure, out var display))
        {
            var label = display.Label.Trim(); // sub-rows of the table ("  priority needs in time") stand alone here
            return char.ToUpperInvariant(label[0]) + label[1..];
        }

        // A budget objective on a grade, as typed: grade:<area>:<grade>_or_better.
        var objective = measure.Split(':');
        if (objective.Length == 3 && objective[0] == "grade")
        {
            return $"Chance {Words(objective[1])} is graded {Words(objective[2]).Replace(" or better", "", StringComparison.Ordinal)} or better";
        }

        var parts = measure.Split('.');
        if (parts.Length == 4 && parts[0] == "grades")
        {
            var grade = GradeNames.All.FirstOrDefault(g => GradeNames.Key(g) == parts[3]);
            var view = parts[2] == "inspection" ? "as an inspection would see it" : "full population";
            return $"Chance {Words(parts[1])} is graded {GradeNames.Label(grade)} ({view})";
        }

        var words = string.Join(", ", parts.Skip(parts.Length > 1 ? 1 : 0).Select(Words));
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>The unit a measure is shown in: the catalogue's, or one read from its name.</summary>
    public static MeasureUnit UnitOf(string measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (Catalog.TryGetValue(measure, out var display))
        {
            return display.Unit;
        }

        return measure.StartsWith("grades.", StringComparison.Ordinal) || measure.StartsWith("grade:", StringComparison.Ordinal) ? MeasureUnit.Fraction
            : measure.EndsWith("_seconds", StringComparison.Ordinal) ? MeasureUnit.Seconds
            : measure.Contains("minutes", StringComparison.Ordinal) ? MeasureUnit.Minutes
            : measure.EndsWith("_gbp", StringComparison.Ordinal) ? MeasureUnit.Pounds
            : MeasureUnit.Count;
    }

    /// <summary>The label as it reads inside a sentence: "attended in time for the need", but "999 answered within 10 s" and "THRIVE" kept.</summary>
    public static string InSentence(string measure) => LowerFirst(Of(measure));

    /// <summary>Lowers a first capital unless it starts an acronym or a number.</summary>
    public static string LowerFirst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    private static string Words(string key) => key.Replace('_', ' ');
}
