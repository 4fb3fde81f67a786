using System.Text.Json;
using ForceSim.Experiments.Jobs;

namespace ForceSim.Web.Api;

/// <summary>POST /api/comparisons: a base and up to four options (shipped names or YAML text), run with common random numbers.</summary>
public sealed record CompareBody
{
    public required string Base { get; init; }

    public required IReadOnlyList<string> Options { get; init; }

    public int? Replications { get; init; }

    public long? Seed { get; init; }

    /// <summary>Key path → value changes applied to the base and every option alike.</summary>
    public Dictionary<string, JsonElement>? Set { get; init; }

    public CompareJobRequest ToRequest() => new() { Base = Base, Options = Options ?? [], Replications = Replications, Seed = Seed, Set = RunBody.Texts(Set) };
}
