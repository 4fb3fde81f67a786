using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;

namespace ForceSim.Engine.Running;

/// <summary>How to run the replications of one scenario.</summary>
public sealed record ExperimentOptions
{
    /// <summary>Replications run at once; results do not depend on it.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Keep every replication's raw tallies (validation needs distributions; a report pools them for its charts).</summary>
    public bool KeepTallies { get; init; }

    /// <summary>Keep replication 0's tallies even when <see cref="KeepTallies"/> is off, so a report can draw its charts from it.</summary>
    public bool KeepFirstTally { get; init; }

    /// <summary>Returns a replication finished by an earlier, interrupted run, or null to run it.</summary>
    public Func<int, ReplicationResult?>? TryResume { get; init; }

    /// <summary>Called as each replication finishes (e.g. to save it so an interrupted batch can resume).</summary>
    public Action<ReplicationResult>? OnFinished { get; init; }

    public IProgress<int>? Progress { get; init; }

    /// <summary>Where each replication runs; null means <see cref="InProcessReplicationHost.Shared"/>. Results never depend on it.</summary>
    public IReplicationHost? Host { get; init; }

    /// <summary>
    /// The model replication i runs, when replications differ in their parameters (a posterior draw each); null: every
    /// replication runs the scenario's own model. Replication i still draws its random streams from (seed, i).
    /// </summary>
    public Func<int, CompiledScenario>? ModelFor { get; init; }

    public bool KeepsTally(int replication) => KeepTallies || (KeepFirstTally && replication == 0);
}
