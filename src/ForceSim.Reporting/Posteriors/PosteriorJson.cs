using System.Text.Json;

namespace ForceSim.Reporting.Posteriors;

/// <summary>The <c>posterior</c> object of results.json, written only by runs with <c>--posterior</c> (docs/posterior-format.md).</summary>
public static class PosteriorJson
{
    /// <summary>How the split is estimated, said once in the file so a reader need not look it up.</summary>
    public const string SplitMethod =
        "law of total variance: replication r and its twin (replication number R plus r) run the same parameter set with different random numbers; "
        + "noise variance = mean of (y_r - y_twin)^2 / 2, parameter variance = max(0, total variance - noise variance)";

    public static void Write(Utf8JsonWriter json, PosteriorSummary posterior)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(posterior);
        json.WriteStartObject("posterior");
        json.WriteString("file", posterior.File);
        json.WriteNumber("model_version", posterior.ModelVersion);
        json.WriteString("method", posterior.Method);
        WriteStrings(json, "parameters", posterior.Parameters);
        WriteStrings(json, "kept_at_request_value", posterior.Kept);
        json.WriteStartArray("draws");
        foreach (var draw in posterior.Draws)
        {
            json.WriteNumberValue(draw);
        }

        json.WriteEndArray();
        if (posterior.Measures.Count > 0)
        {
            json.WriteString("split_method", SplitMethod);
            WriteSplit(json, "split", posterior.Measures);
        }

        if (posterior.ChangeFromBase.Count > 0)
        {
            WriteSplit(json, "change_from_base_split", posterior.ChangeFromBase);
        }

        json.WriteEndObject();
    }

    public static void WriteSplit(Utf8JsonWriter json, string property, SortedDictionary<string, ParameterSplit> split)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(split);
        json.WriteStartObject(property);
        foreach (var (name, s) in split)
        {
            WriteOne(json, name, s);
        }

        json.WriteEndObject();
    }

    /// <summary>One split as an object named <paramref name="property"/>.</summary>
    public static void WriteOne(Utf8JsonWriter json, string property, ParameterSplit s)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(s);
        json.WriteStartObject(property);
        json.WriteNumber("mean", s.Mean);
        json.WriteNumber("sd_total", s.TotalSd);
        json.WriteNumber("sd_replication_noise", s.NoiseSd);
        json.WriteNumber("sd_parameters", s.ParameterSd);
        json.WriteNumber("parameter_share", s.ParameterShare);
        json.WriteStartArray("ci95_noise_only");
        json.WriteNumberValue(s.NoiseOnlyLower);
        json.WriteNumberValue(s.NoiseOnlyUpper);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
