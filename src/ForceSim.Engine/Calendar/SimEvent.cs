namespace ForceSim.Engine.Calendar;

/// <summary>
/// One scheduled event of an LP. Ties in time are broken by insertion sequence, so the order of
/// simultaneous events is fixed by the model, not by the heap. The event's subject lives outside the
/// heap (see <see cref="EventCalendar"/>), so heap moves copy plain data without GC write barriers.
/// </summary>
public readonly record struct SimEvent(double Time, long Sequence, int Kind, int Argument, int SubjectSlot)
{
    public bool Precedes(in SimEvent other) =>
        Time < other.Time || (Time == other.Time && Sequence < other.Sequence);
}
