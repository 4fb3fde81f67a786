namespace ForceSim.Engine.Calendar;

/// <summary>
/// An event taken off the calendar. What the argument means is fixed by the kind: a number (a force, a unit,
/// a day) or the slot of the event's subject in the LP's table for that kind's subject type.
/// </summary>
public readonly record struct ScheduledEvent<TKind>(double Time, TKind Kind, int Argument)
    where TKind : unmanaged, Enum;
