namespace ForceSim.Engine.ControlRooms;

/// <summary>What an earlier contact left on a records system, in increasing order of how easily a search finds it.</summary>
public enum RecordKind
{
    /// <summary>Nothing this room can see.</summary>
    None,

    /// <summary>An incident log: every contact leaves one, often with little more than a name and a number.</summary>
    IncidentLog,

    /// <summary>A recorded crime: the victim's full details, so a search finds it more reliably.</summary>
    CrimeRecord,
}
