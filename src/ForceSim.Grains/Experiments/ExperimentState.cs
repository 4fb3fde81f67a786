using ForceSim.Grains.Runs;
using ForceSim.Model.Scenarios;

namespace ForceSim.Grains.Experiments;

/// <summary>
/// An experiment's progress as it rests in grain storage. Results live in their own records (one per replication), so
/// this stays small and is rewritten cheaply as each replication is leased or finished.
/// </summary>
[GenerateSerializer]
public sealed class ExperimentState
{
    [Id(0)]
    public Scenario? Scenario { get; set; }

    [Id(1)]
    public string Fingerprint { get; set; } = "";

    [Id(2)]
    public HashSet<int> Finished { get; set; } = [];

    /// <summary>Replication → the silo running it (its parsable address, generation included, so a restarted silo is a different holder).</summary>
    [Id(3)]
    public Dictionary<int, string> Leases { get; set; } = [];

    /// <summary>Replication → times it was handed to a worker: 1 unless a silo died holding it.</summary>
    [Id(4)]
    public Dictionary<int, int> Executions { get; set; } = [];

    /// <summary>Silo endpoint → replications it finished.</summary>
    [Id(5)]
    public Dictionary<string, int> FinishedBySilo { get; set; } = [];

    [Id(6)]
    public DateTime SubmittedUtc { get; set; }

    [Id(7)]
    public DateTime? FinishedUtc { get; set; }

    [Id(8)]
    public string? Error { get; set; }

    [Id(9)]
    public ReplicationHost Host { get; set; }

    [Id(10)]
    public double VictimRestMinutes { get; set; } = RunSpec.DefaultVictimRestMinutes;
}
