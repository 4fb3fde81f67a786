using ForceSim.Engine.ControlRooms;

namespace ForceSim.Grains.Processes;

public interface IControlRoomGrain : ILogicalProcessGrain
{
    /// <summary>Queues, staff and calls so far; answered between windows, so during a run too.</summary>
    [AlwaysInterleave]
    Task<ControlRoomStatus> Status();

    /// <summary>Minutes a unit of this room has been committed to incidents.</summary>
    [AlwaysInterleave]
    Task<double?> UnitBusyMinutes(int unit);
}
