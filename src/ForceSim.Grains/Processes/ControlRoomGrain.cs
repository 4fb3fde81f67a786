using ForceSim.Engine.ControlRooms;
using ForceSim.Grains.Hosting;

namespace ForceSim.Grains.Processes;

/// <summary>A control room: answering, triage, dispatch and attendance for the forces it serves.</summary>
[RandomPlacement]
[CollectionAgeLimit(Days = 1)]
public sealed class ControlRoomGrain(RunContexts runs) : LogicalProcessGrain<ControlRoomProcess>(runs), IControlRoomGrain
{
    public Task<ControlRoomStatus> Status() => Task.FromResult(Process.Status());

    public Task<double?> UnitBusyMinutes(int unit) => Task.FromResult(Process.UnitBusyMinutes(unit));

    protected override Task<ControlRoomProcess> CreateAsync(RunContext context, long lp) =>
        Task.FromResult(new ControlRoomProcess(context.Model, (int)lp, context.Replication));
}
