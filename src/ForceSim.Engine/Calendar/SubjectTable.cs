namespace ForceSim.Engine.Calendar;

/// <summary>
/// The subjects of pending events of one type (the contact, message or loan an event concerns), each in a slot
/// whose number the event carries as its argument. Keeping them here, typed, means the heap never moves a
/// reference and the LP takes each subject back with its own type, never by casting an object.
/// </summary>
public sealed class SubjectTable<T>
    where T : class
{
    private T?[] _items;
    private int[] _freeSlots;
    private int _freeCount;
    private int _slotsUsed;

    public SubjectTable(int capacity = 64)
    {
        _items = new T?[Math.Max(1, capacity)];
        _freeSlots = new int[Math.Max(1, capacity)];
    }

    /// <summary>Subjects waiting for their event.</summary>
    public int Count => _slotsUsed - _freeCount;

    /// <summary>Keeps <paramref name="subject"/> until its event is popped; returns the slot to schedule the event with.</summary>
    public int Store(T subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        int slot;
        if (_freeCount > 0)
        {
            slot = _freeSlots[--_freeCount];
        }
        else
        {
            if (_slotsUsed == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
                Array.Resize(ref _freeSlots, _freeSlots.Length * 2);
            }

            slot = _slotsUsed++;
        }

        _items[slot] = subject;
        return slot;
    }

    /// <summary>The subject in <paramref name="slot"/>, which is freed so the table no longer keeps it alive.</summary>
    public T Take(int slot)
    {
        var subject = Peek(slot);
        _items[slot] = null;
        _freeSlots[_freeCount++] = slot;
        return subject;
    }

    /// <summary>The subject in <paramref name="slot"/>, left in place (for saving an LP's pending events).</summary>
    public T Peek(int slot) =>
        (uint)slot < (uint)_slotsUsed && _items[slot] is { } subject
            ? subject
            : throw new InvalidOperationException($"Slot {slot} holds no {typeof(T).Name}.");
}
