namespace ForceSim.Engine.ControlRooms;

public enum UnitStatus
{
    OffDuty,
    Available,
    Committed,
}
