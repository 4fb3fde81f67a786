using System.Text.Json;
using ForceSim.Reporting.Tables;

namespace ForceSim.Experiments.Jobs;

/// <summary>One headline measure as the Results page shows it: plain label, mean, 95% interval and the standard it is held to.</summary>
public sealed record HeadlineRow(string Label, string Mean, string Interval, string? Target);

/// <summary>One inspection area's grade probabilities in one view (the whole population, or an inspection's sample), in rubric order.</summary>
public sealed record GradeRow(string Area, string View, IReadOnlyList<(string Grade, double Probability)> Grades);

/// <summary>
/// A finished run's results.json read back for a page: the headline measures in the CLI table's order and the grade
/// probabilities, formatted as every ForceSim table formats them. Read from the file, so History can reopen any run.
/// </summary>
public sealed record ResultsView(string Scenario, long Seed, int Replications, IReadOnlyList<HeadlineRow> Headline, IReadOnlyList<GradeRow> Grades)
{
    private static readonly string[] GradeOrder = ["outstanding", "good", "adequate", "requires_improvement", "inadequate"];

    /// <summary>The view of <paramref name="resultsJson"/>, a results.json file.</summary>
    public static ResultsView Read(string resultsJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(resultsJson));
        var root = document.RootElement;
        var measures = root.GetProperty("measures");
        var headline = new List<HeadlineRow>();
        foreach (var m in MeasureCatalog.Headline)
        {
            if (measures.TryGetProperty(m.Name, out var value))
            {
                var (lower, upper) = Interval(value);
                headline.Add(new HeadlineRow(m.Label.Trim(), MeasureFormat.Value(Number(value, "mean"), m.Unit), MeasureFormat.Interval(lower, upper, m.Unit), m.Target));
            }
        }

        return new ResultsView(root.GetProperty("scenario").GetString() ?? "", root.GetProperty("seed").GetInt64(), root.GetProperty("replications").GetInt32(), headline, ReadGrades(measures));
    }

    private static List<GradeRow> ReadGrades(JsonElement measures)
    {
        var rows = new Dictionary<(string Area, string View), List<(string, double)>>();
        foreach (var property in measures.EnumerateObject())
        {
            var parts = property.Name.Split('.');
            if (parts is ["grades", var area, var view, var grade] && Number(property.Value, "mean") is { } p)
            {
                var key = (area, view);
                if (!rows.TryGetValue(key, out var list))
                {
                    rows[key] = list = [];
                }

                list.Add((grade, p));
            }
        }

        return [.. rows.OrderBy(r => r.Key.Area, StringComparer.Ordinal).ThenByDescending(r => r.Key.View, StringComparer.Ordinal).Select(r => new GradeRow(
            Words(r.Key.Area),
            r.Key.View == "population" ? "all incidents" : "an inspection's sample",
            [.. r.Value.OrderBy(g => Array.IndexOf(GradeOrder, g.Item1)).Select(g => (Words(g.Item1), g.Item2))]))];
    }

    private static string Words(string id) => id.Length == 0 ? id : char.ToUpperInvariant(id[0]) + id[1..].Replace('_', ' ');

    private static double? Number(JsonElement measure, string name) =>
        measure.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static (double? Lower, double? Upper) Interval(JsonElement measure) =>
        measure.TryGetProperty("ci95", out var ci) && ci.ValueKind == JsonValueKind.Array && ci.GetArrayLength() == 2
            ? (ci[0].GetDouble(), ci[1].GetDouble())
            : (null, null);
}
