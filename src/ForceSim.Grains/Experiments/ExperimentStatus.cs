namespace ForceSim.Grains.Experiments;

/// <summary>A snapshot of an experiment for clients: how far it is, who is running what, and how often each replication ran.</summary>
[GenerateSerializer, Immutable]
public sealed record ExperimentStatus
{
    [Id(0)]
    public required string Id { get; init; }

    /// <summary>False when nothing was ever submitted under this id.</summary>
    [Id(1)]
    public required bool Exists { get; init; }

    [Id(2)]
    public string ScenarioName { get; init; } = "";

    [Id(3)]
    public long Seed { get; init; }

    [Id(4)]
    public int Total { get; init; }

    /// <summary>Finished replications, in order.</summary>
    [Id(5)]
    public IReadOnlyList<int> Finished { get; init; } = [];

    /// <summary>Replication → silo endpoint running it now.</summary>
    [Id(6)]
    public IReadOnlyDictionary<int, string> Running { get; init; } = new Dictionary<int, string>();

    /// <summary>Times each replication was handed out (index = replication).</summary>
    [Id(7)]
    public IReadOnlyList<int> Executions { get; init; } = [];

    /// <summary>Silo endpoint → replications it finished.</summary>
    [Id(8)]
    public IReadOnlyDictionary<string, int> FinishedBySilo { get; init; } = new Dictionary<string, int>();

    [Id(9)]
    public DateTime SubmittedUtc { get; init; }

    [Id(10)]
    public DateTime? FinishedUtc { get; init; }

    [Id(11)]
    public string? Error { get; init; }

    [Id(12)]
    public ReplicationHost Host { get; init; }

    /// <summary>Replications per variant (one entry for a single-scenario experiment); items run variant by variant.</summary>
    [Id(13)]
    public IReadOnlyList<int> VariantReplications { get; init; } = [];

    /// <summary>True for a multi-variant experiment (a comparison, a budget search), even before its second variant is added.</summary>
    [Id(14)]
    public bool HasVariants { get; init; }

    public int Done => Finished.Count;

    public bool IsFinished => Exists && Done == Total;
}
