namespace ForceSim.Experiments.Jobs;

/// <summary>
/// What one client may ask of a shared server, so a web user cannot exhaust it: the size of an uploaded scenario,
/// replications per job, jobs running at once and options per comparison. Configurable per server.
/// </summary>
public sealed record JobLimits
{
    /// <summary>Largest scenario text accepted (1 MiB).</summary>
    public int MaxScenarioBytes { get; init; } = 1024 * 1024;

    public int MaxReplications { get; init; } = 200;

    /// <summary>Jobs running at once; the rest wait in the queue.</summary>
    public int MaxConcurrentJobs { get; init; } = 1;

    /// <summary>Options compared with one base.</summary>
    public int MaxOptions { get; init; } = 4;

    /// <summary>Replications one job runs at once (default: one per core).</summary>
    public int? Parallelism { get; init; }
}
