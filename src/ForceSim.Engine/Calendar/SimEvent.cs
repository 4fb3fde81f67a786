namespace ForceSim.Engine.Calendar;

/// <summary>
/// One scheduled event of an LP. Ties in time are broken by insertion sequence, so the order of
/// simultaneous events is fixed by the model, not by the heap. The event holds only plain data (its subject,
/// if any, lives in a <see cref="SubjectTable{T}"/> and the argument names its slot), so heap moves copy it
/// without GC write barriers.
/// </summary>
public readonly record struct SimEvent<TKind>(double Time, long Sequence, TKind Kind, int Argument)
    where TKind : unmanaged, Enum
{
    public bool Precedes(in SimEvent<TKind> other) =>
        Time < other.Time || (Time == other.Time && Sequence < other.Sequence);
}
