namespace ForceSim.Engine.ControlRooms;

public enum UnitStatus
{
    OffDuty,
    Available,
    Committed,

    /// <summary>Lent to a neighbouring force under mutual aid.</summary>
    Lent,
}
