using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Victims;

namespace ForceSim.Experiments.Running;

/// <summary>
/// Replication 0 simulated again in memory (same seed, so the same world). Only a fallback: a run keeps replication 0's
/// tally and missed victims from its own pass, but a replication resumed from a checkpoint or run on a cluster comes back
/// with measures alone.
/// </summary>
internal sealed record FirstReplicationReplay(ReplicationTally Tally, IReadOnlyList<VictimJourney> MissedRepeatVictims)
{
    public static FirstReplicationReplay Run(CompiledScenario model, int missedVictims, CancellationToken cancellationToken)
    {
        // Retiring victims as they finish gives the same tally and missed victims, in memory that follows the active
        // victims: keeping them all took a national year's client 5.9 GB.
        var run = new InProcessRun(model, replication: 0, retireVictims: true, missedJourneysToKeep: missedVictims);
        var tally = run.Run(cancellationToken);
        return new FirstReplicationReplay(tally, Engine.Victims.MissedRepeatVictims.From(run, missedVictims));
    }
}
