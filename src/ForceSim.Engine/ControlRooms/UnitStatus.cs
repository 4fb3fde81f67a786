namespace ForceSim.Engine.ControlRooms;

/// <summary>What a unit in a force's pool is doing; only an available unit can be sent.</summary>
public enum UnitStatus
{
    OffDuty,
    Available,
    Committed,

    /// <summary>Lent to a neighbouring force under mutual aid.</summary>
    Lent,
}
