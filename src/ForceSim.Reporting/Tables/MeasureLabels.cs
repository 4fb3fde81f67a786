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
            return display.Label.Trim();
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

        return measure.StartsWith("grades.", StringComparison.Ordinal) ? MeasureUnit.Fraction
            : measure.EndsWith("_seconds", StringComparison.Ordinal) ? MeasureUnit.Seconds
            : measure.Contains("minutes", StringComparison.Ordinal) ? MeasureUnit.Minutes
            : measure.EndsWith("_gbp", StringComparison.Ordinal) ? MeasureUnit.Pounds
            : MeasureUnit.Count;
    }

    private static string Words(string key) => key.Replace('_', ' ');
}
