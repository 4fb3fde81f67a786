using System.Text.Json;
using ForceSim.Reporting.Tables;

namespace ForceSim.Experiments.Jobs;

/// <summary>One measure of one option against the base, formatted: base, option, change and its 95% interval, and whether the change is real.</summary>
public sealed record ComparisonRow(string Option, string Measure, string Base, string Value, string Change, string Interval, bool Distinguishable);

/// <summary>A finished comparison's comparison.json read back for a page: the headline measures of every option against the base.</summary>
public sealed record ComparisonView(string Base, bool Paired, IReadOnlyList<ComparisonRow> Rows)
{
    public static ComparisonView Read(string comparisonJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(comparisonJson));
        var root = document.RootElement;
        var rows = new List<ComparisonRow>();
        foreach (var option in root.GetProperty("options").EnumerateArray())
        {
            var name = option.GetProperty("name").GetString() ?? "";
            var measures = option.GetProperty("measures");
            foreach (var m in MeasureCatalog.Headline)
            {
                if (!measures.TryGetProperty(m.Name, out var d))
                {
                    continue;
                }

                var lower = Number(d, "lower");
                var upper = Number(d, "upper");
                rows.Add(new ComparisonRow(
                    name,
                    m.Label.Trim(),
                    MeasureFormat.Value(Number(d, "base"), m.Unit),
                    MeasureFormat.Value(Number(d, "option"), m.Unit),
                    MeasureFormat.Change(Number(d, "difference"), m.Unit),
                    lower is null || upper is null ? "–" : $"{MeasureFormat.Change(lower, m.Unit)} to {MeasureFormat.Change(upper, m.Unit)}",
                    lower > 0 || upper < 0));
            }
        }

        return new ComparisonView(root.GetProperty("base").GetString() ?? "", root.GetProperty("paired").GetBoolean(), rows);
    }

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
