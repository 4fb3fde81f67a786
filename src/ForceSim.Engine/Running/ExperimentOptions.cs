using ForceSim.Engine.Compilation;

namespace ForceSim.Engine.Running;

/// <summary>How to run the replications of one scenario.</summary>
public sealed record ExperimentOptions
{
    /// <summary>Replications run at once; results do not depend on it.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    public bool KeepTallies { get; init; }

    /// <summary>Returns a replication finished by an earlier, interrupted run, or null to run it.</summary>
    public Func<int, ReplicationResult?>? TryResume { get; init; }

    /// <summary>Called as each replication finishes (e.g. to save it so an interrupted batch can resume).</summary>
    public Action<ReplicationResult>? OnFinished { get; init; }

    public IProgress<int>? Progress { get; init; }

    /// <summary>
    /// Runs one replication (model, replication, keep tally, cancellation); null means the in-process host.
    /// Another host (the Orleans grain host) plugs in here and must give the same results.
    /// </summary>
    public Func<CompiledScenario, int, bool, CancellationToken, ReplicationResult>? RunReplication { get; init; }
}
