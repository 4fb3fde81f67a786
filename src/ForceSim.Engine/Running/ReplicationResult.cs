using ForceSim.Engine.Measures;

namespace ForceSim.Engine.Running;

/// <summary>The measures of one replication, overall and per force (force id → measures).</summary>
public sealed record ReplicationResult
{
    public required int Replication { get; init; }

    public required SortedDictionary<string, double?> Measures { get; init; }

    public required SortedDictionary<string, SortedDictionary<string, double?>> Forces { get; init; }

    public long EventsProcessed { get; init; }

    /// <summary>The raw tallies (histograms, levels), kept only when asked for: validation needs distributions.</summary>
    public ReplicationTally? Tally { get; init; }
}
