using System.Text;
using System.Text.Json;
using ForceSim.Engine.Grading;
using ForceSim.Engine.Inspection;
using ForceSim.Engine.Running;
using ForceSim.Reporting.Posteriors;

namespace ForceSim.Reporting.Output;

/// <summary>
/// results.json: the mean and 95% CI of every measure, overall and per force. It holds nothing that
/// varies between runs (no timings, hosts or versions), so the same scenario and seed give the same bytes.
/// </summary>
public static class ResultsJson
{
    /// <param name="explanations">Each graded area's explanation, written as <c>explanations</c> when given.</param>
    /// <param name="posterior">For a run with <c>--posterior</c>: its draws and uncertainty split, written last as <c>posterior</c>.</param>
    public static string Render(ExperimentResult result, IReadOnlyList<GradeExplanation>? explanations = null, PosteriorSummary? posterior = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("scenario", result.ScenarioName);
            json.WriteNumber("seed", result.Seed);
            json.WriteNumber("replications", result.Replications.Count);
            DiagnosticsJson.Write(json, result.Diagnostics);
            WriteMeasures(json, result.Summary);
            json.WriteStartObject("forces");
            foreach (var (force, summary) in result.ForceSummaries)
            {
                json.WriteStartObject(force);
                WriteMeasures(json, summary);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            if (explanations is not null)
            {
                ExplanationsJson.Write(json, explanations);
            }

            if (posterior is not null)
            {
                PosteriorJson.Write(json, posterior);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteMeasures(Utf8JsonWriter json, SortedDictionary<string, MeasureSummary> summary)
    {
        json.WriteStartObject("measures");
        foreach (var (name, s) in summary)
        {
            json.WriteStartObject(name);
            WriteNumber(json, "mean", s.Mean);
            json.WritePropertyName("ci95");
            if (s.Lower is { } lower && s.Upper is { } upper)
            {
                json.WriteStartArray();
                json.WriteNumberValue(lower);
                json.WriteNumberValue(upper);
                json.WriteEndArray();
            }
            else
            {
                json.WriteNullValue();
            }

            if (s.Bootstrapped)
            {
                json.WriteString("ci_method", "percentile_bootstrap");
            }

            WriteNumber(json, "sd", s.StandardDeviation);
            json.WriteNumber("n", s.N);
            WriteWilson(json, name, s, summary);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// For an inspection-sample proportion, the Wilson 95% interval a single inspection of that size would
    /// report at the mean proportion: how far an audit's own figure can be trusted.
    /// </summary>
    private static void WriteWilson(Utf8JsonWriter json, string name, MeasureSummary s, SortedDictionary<string, MeasureSummary> summary)
    {
        if (!name.StartsWith("inspection.", StringComparison.Ordinal) || s.Mean is not { } p
            || !summary.TryGetValue(name + "_n", out var size) || size.Mean is not { } n || n < 1)
        {
            return;
        }

        var items = (int)Math.Round(n);
        var (lower, upper) = WilsonInterval.Of(p, items);
        json.WriteNumber("sample_size", items);
        json.WritePropertyName("wilson95");
        json.WriteStartArray();
        json.WriteNumberValue(lower);
        json.WriteNumberValue(upper);
        json.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
