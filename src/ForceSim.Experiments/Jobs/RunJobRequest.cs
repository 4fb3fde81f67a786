namespace ForceSim.Experiments.Jobs;

/// <summary>A run a web client asks for: a shipped scenario's name or YAML text, and optional replications, seed and changes.</summary>
public sealed record RunJobRequest
{
    public required string Scenario { get; init; }

    public int? Replications { get; init; }

    public long? Seed { get; init; }

    /// <summary>Key path → value, as <c>--set PATH=VALUE</c> takes them.</summary>
    public IReadOnlyDictionary<string, string> Set { get; init; } = new Dictionary<string, string>();
}
