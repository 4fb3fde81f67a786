namespace ForceSim.Experiments.Jobs;

/// <summary>A comparison a web client asks for: a base and up to the server's limit of options, each a shipped name or YAML text.</summary>
public sealed record CompareJobRequest
{
    public required string Base { get; init; }

    public required IReadOnlyList<string> Options { get; init; }

    public int? Replications { get; init; }

    public long? Seed { get; init; }

    /// <summary>Key path → value changes applied to the base and every option alike.</summary>
    public IReadOnlyDictionary<string, string> Set { get; init; } = new Dictionary<string, string>();
}
