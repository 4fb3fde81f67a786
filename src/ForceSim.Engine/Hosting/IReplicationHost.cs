using ForceSim.Engine.Compilation;
using ForceSim.Engine.Running;

namespace ForceSim.Engine.Hosting;

/// <summary>
/// Runs one replication of a compiled scenario somewhere: in this process (<see cref="InProcessReplicationHost"/>) or on
/// the Orleans grain host. Every host must give the same results for the same scenario, seed and replication.
/// </summary>
public interface IReplicationHost
{
    /// <param name="keepTally">Keep the raw tallies on the result (a report's charts and the validation tests need distributions).</param>
    ValueTask<ReplicationResult> RunAsync(CompiledScenario model, int replication, bool keepTally, CancellationToken cancellationToken);
}
