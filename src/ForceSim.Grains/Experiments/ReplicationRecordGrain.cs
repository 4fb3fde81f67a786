using ForceSim.Engine.Running;
using ForceSim.Grains.Hosting;

namespace ForceSim.Grains.Experiments;

/// <inheritdoc cref="IReplicationRecordGrain"/>
public sealed class ReplicationRecordGrain(
    [PersistentState("replication", ClusterStores.Experiments)] IPersistentState<ReplicationRecord> record) : Grain, IReplicationRecordGrain
{
    public async Task Save(ReplicationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        record.State.Result = result;
        await record.WriteStateAsync().ConfigureAwait(true);
    }

    public Task<ReplicationResult?> Result() => Task.FromResult(record.State.Result);
}
