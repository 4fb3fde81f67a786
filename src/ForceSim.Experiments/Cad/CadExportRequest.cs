namespace ForceSim.Experiments.Cad;

/// <summary>Write the incident-level log of one replication as a CAD extract (what <c>forcesim export cad</c> asks for).</summary>
public sealed record CadExportRequest
{
    public required string ScenarioPath { get; init; }

    public required string OutputPath { get; init; }

    /// <summary>Which replication (0 to 9999); the same seed and replication as a run give the same incidents.</summary>
    public int Replication { get; init; }

    /// <summary>Overrides <c>run.seed</c>.</summary>
    public long? Seed { get; init; }

    public IReadOnlyList<string> Overrides { get; init; } = [];
}
