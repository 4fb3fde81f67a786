using System.Text;
using System.Text.Json;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Output;

/// <summary>
/// comparison.json: each option's change from the base for every compared measure, with its 95% interval, for scripts
/// that read a comparison over the web API (comparison.csv holds the same numbers for spreadsheets).
/// </summary>
public static class ComparisonJson
{
    public static string Render(string baseName, IReadOnlyList<(string Option, IReadOnlyList<OptionDifference> Differences)> options, bool paired)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("base", baseName);
            json.WriteBoolean("paired", paired);
            json.WriteStartArray("options");
            foreach (var (option, differences) in options)
            {
                json.WriteStartObject();
                json.WriteString("name", option);
                json.WriteStartObject("measures");
                foreach (var d in differences)
                {
                    json.WriteStartObject(d.Measure);
                    Number(json, "base", d.BaseMean);
                    Number(json, "option", d.OptionMean);
                    Number(json, "difference", d.Difference);
                    Number(json, "lower", d.Lower);
                    Number(json, "upper", d.Upper);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
