namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// What a control room's calendar holds. Each kind has one payload type, named here, that
/// <see cref="ControlRoomCalendar"/> stores and hands back typed: a number, a contact, a message or a loan.
/// </summary>
public enum ControlRoomEventKind
{
    /// <summary>A first-time caller rings (number: force × channels + channel).</summary>
    Arrival,

    /// <summary>A handler finishes a call (contact).</summary>
    CallEnded,

    /// <summary>The incident is graded while the handler is still on the call (contact).</summary>
    Graded,

    /// <summary>A queued caller's patience runs out (contact; nothing happens if already answered).</summary>
    Abandon,

    /// <summary>Handler staffing changes with the roster (no payload).</summary>
    RosterChange,

    /// <summary>A unit's published shift starts (shift plan).</summary>
    ShiftStarts,

    /// <summary>A unit's published shift ends (number: global unit).</summary>
    ShiftEnds,

    /// <summary>The first unit reaches the scene (contact).</summary>
    AtScene,

    /// <summary>The units clear the scene (contact).</summary>
    Cleared,

    /// <summary>A victim reports a repeat victimisation (repeat call).</summary>
    RepeatCall,

    /// <summary>A 101 caller who hung up rings 999 (the abandoned contact).</summary>
    Spill,

    /// <summary>Another room's contact with a victim reaches the shared records (record shared).</summary>
    RecordShared,

    /// <summary>Hourly look at whether a force should ask for mutual aid (number: force).</summary>
    AidCheck,

    /// <summary>A neighbour asks one of this room's forces to lend units (aid request).</summary>
    AidRequest,

    /// <summary>A neighbour's answer to this room's request (aid granted).</summary>
    AidGranted,

    /// <summary>Lent units come home (unit loan).</summary>
    AidReturn,

    /// <summary>Borrowed units go home (number: force).</summary>
    BorrowedEnd,

    /// <summary>Response work that is not a public call arises (number: the room's other-work stream).</summary>
    OtherWork,

    /// <summary>A scheduled incident's appointment comes round and it waits for a unit (contact).</summary>
    AppointmentDue,
}
