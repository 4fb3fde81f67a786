using ForceSim.Engine.Compilation;
using ForceSim.Engine.Running;
using ForceSim.Engine.Victims;

namespace ForceSim.Engine.Hosting;

/// <summary>
/// The fast host: every LP of a replication in memory on the calling thread. Asked to, it keeps the journeys of
/// replication 0's missed repeat victims while that run is still in memory.
/// </summary>
public sealed class InProcessReplicationHost : IReplicationHost, IRecallsFirstReplication
{
    private readonly int _missedVictimsToKeep;
    private IReadOnlyList<VictimJourney>? _missed;

    /// <param name="missedVictimsToKeep">How many of replication 0's missed repeat victims to keep the journeys of (0: none).</param>
    public InProcessReplicationHost(int missedVictimsToKeep = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(missedVictimsToKeep);
        _missedVictimsToKeep = missedVictimsToKeep;
    }

    /// <summary>A host that keeps nothing between replications, so any number of batches can share it.</summary>
    public static InProcessReplicationHost Shared { get; } = new();

    public ValueTask<ReplicationResult> RunAsync(CompiledScenario model, int replication, bool keepTally, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (replication != 0 || _missedVictimsToKeep == 0)
        {
            return ValueTask.FromResult(ReplicationRunner.Run(model, replication, keepTally, cancellationToken));
        }

        var run = new InProcessRun(model, replication, retireVictims: true, missedJourneysToKeep: _missedVictimsToKeep);
        var tally = run.Run(cancellationToken);
        _missed = MissedRepeatVictims.From(run, _missedVictimsToKeep);
        return ValueTask.FromResult(ReplicationRunner.Measure(model, replication, tally, keepTally));
    }

    public ValueTask<IReadOnlyList<VictimJourney>?> MissedRepeatVictimsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(_missed);
}
