using ForceSim.Engine.Victims;

namespace ForceSim.Engine.Hosting;

/// <summary>
/// A host that keeps enough of replication 0, when it runs it, to show the journeys of repeat victims its control rooms
/// did not recognise: what a run prints, without simulating replication 0 a second time.
/// </summary>
public interface IRecallsFirstReplication
{
    /// <summary>The journeys kept (longest first), or null when replication 0 did not run on this host (it was resumed).</summary>
    ValueTask<IReadOnlyList<VictimJourney>?> MissedRepeatVictimsAsync(CancellationToken cancellationToken);
}
