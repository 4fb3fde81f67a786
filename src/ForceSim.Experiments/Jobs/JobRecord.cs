namespace ForceSim.Experiments.Jobs;

/// <summary>
/// One queued, running or finished job as History keeps it across restarts: what was asked, how far it got and where
/// its files are. Immutable: the manager replaces a job's record as it moves on.
/// </summary>
public sealed record JobRecord
{
    public required string Id { get; init; }

    public required JobKind Kind { get; init; }

    /// <summary>The scenario's name (a comparison's base), for lists.</summary>
    public required string Title { get; init; }

    /// <summary>What the client named: a shipped scenario's name, or "uploaded" for YAML text.</summary>
    public required string Source { get; init; }

    /// <summary>A comparison's options, by name.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    public required int Replications { get; init; }

    public required long Seed { get; init; }

    /// <summary>The <c>--set PATH=VALUE</c> changes applied, in order.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    public JobStatus Status { get; init; } = JobStatus.Queued;

    /// <summary>Replications finished (for a comparison, over every scenario).</summary>
    public int Done { get; init; }

    public required int Total { get; init; }

    public required DateTimeOffset Created { get; init; }

    public DateTimeOffset? Started { get; init; }

    public DateTimeOffset? Finished { get; init; }

    /// <summary>Why the job failed, as a message for the user (never a stack trace).</summary>
    public string? Error { get; init; }

    /// <summary>The results folder, relative to the data folder.</summary>
    public required string Folder { get; init; }

    public bool IsFinished => Status is JobStatus.Done or JobStatus.Failed or JobStatus.Cancelled;

    /// <summary>Seconds left at the pace so far, once a replication has finished; null before.</summary>
    public double? EtaSeconds(DateTimeOffset now)
    {
        if (Status != JobStatus.Running || Started is not { } started || Done <= 0 || Total <= Done)
        {
            return Status == JobStatus.Running && Total > 0 && Done >= Total ? 0 : null;
        }

        var elapsed = (now - started).TotalSeconds;
        return elapsed / Done * (Total - Done);
    }
}
