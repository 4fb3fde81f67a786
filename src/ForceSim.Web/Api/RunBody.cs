using System.Globalization;
using System.Text.Json;
using ForceSim.Experiments.Jobs;

namespace ForceSim.Web.Api;

/// <summary>POST /api/runs: a shipped scenario's name or YAML text, replications, seed and <c>--set</c> changes.</summary>
public sealed record RunBody
{
    /// <summary>A shipped scenario's name (e.g. <c>cambridgeshire-2022</c>) or a scenario's YAML text.</summary>
    public required string Scenario { get; init; }

    public int? Replications { get; init; }

    public long? Seed { get; init; }

    /// <summary>Key path → value (a string, number or boolean), e.g. <c>{"run.horizon_days": 28}</c>.</summary>
    public Dictionary<string, JsonElement>? Set { get; init; }

    public RunJobRequest ToRequest() => new()
    {
        Scenario = Scenario,
        Replications = Replications,
        Seed = Seed,
        Set = Texts(Set),
    };

    /// <summary>JSON values as the text <c>--set</c> takes: strings as they are, numbers and booleans as written.</summary>
    public static Dictionary<string, string> Texts(Dictionary<string, JsonElement>? set) =>
        (set ?? []).ToDictionary(p => p.Key, p => Text(p.Value), StringComparer.Ordinal);

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Number => value.GetDouble().ToString(CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };
}
