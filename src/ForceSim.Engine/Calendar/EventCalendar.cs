namespace ForceSim.Engine.Calendar;

/// <summary>
/// The future-event list of one LP: a binary min-heap of value-type events ordered by (time, sequence).
/// Hand-written because it is the hot loop; no allocation per event.
/// </summary>
public sealed class EventCalendar
{
    private SimEvent[] _heap;
    private object?[] _subjects;
    private int[] _freeSlots;
    private int _freeCount;
    private int _slotsUsed;
    private long _nextSequence;

    /// <summary>Small LPs (victims, of which there are many) start with a small heap.</summary>
    public EventCalendar(int capacity = 64)
    {
        _heap = new SimEvent[Math.Max(1, capacity)];
        _subjects = new object?[Math.Max(1, capacity)];
        _freeSlots = new int[Math.Max(1, capacity)];
    }

    public int Count { get; private set; }

    /// <summary>Total events ever scheduled (for the benchmark's events/s).</summary>
    public long Scheduled => _nextSequence;

    public double NextTime => Count == 0 ? double.PositiveInfinity : _heap[0].Time;

    public void Schedule(double time, int kind, int argument = 0, object? subject = null)
    {
        if (Count == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }

        var item = new SimEvent(time, _nextSequence++, kind, argument, subject is null ? -1 : StoreSubject(subject));
        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!item.Precedes(_heap[parent]))
            {
                break;
            }

            _heap[i] = _heap[parent];
            i = parent;
        }

        _heap[i] = item;
    }

    public ScheduledEvent Pop()
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("The event calendar is empty.");
        }

        var top = _heap[0];
        var last = _heap[--Count];
        if (Count > 0)
        {
            SiftDown(last);
        }

        object? subject = null;
        if (top.SubjectSlot >= 0)
        {
            subject = _subjects[top.SubjectSlot];
            _subjects[top.SubjectSlot] = null;
            _freeSlots[_freeCount++] = top.SubjectSlot;
        }

        return new ScheduledEvent(top.Time, top.Kind, top.Argument, subject);
    }

    /// <summary>The pending events in the order they will be popped, without removing them (for saving an LP's state).</summary>
    public IReadOnlyList<ScheduledEvent> Pending()
    {
        var ordered = _heap.AsSpan(0, Count).ToArray();
        Array.Sort(ordered, static (a, b) => a.Precedes(b) ? -1 : b.Precedes(a) ? 1 : 0);
        return [.. ordered.Select(e => new ScheduledEvent(e.Time, e.Kind, e.Argument, e.SubjectSlot >= 0 ? _subjects[e.SubjectSlot] : null))];
    }

    private int StoreSubject(object subject)
    {
        int slot;
        if (_freeCount > 0)
        {
            slot = _freeSlots[--_freeCount];
        }
        else
        {
            if (_slotsUsed == _subjects.Length)
            {
                Array.Resize(ref _subjects, _subjects.Length * 2);
                Array.Resize(ref _freeSlots, _freeSlots.Length * 2);
            }

            slot = _slotsUsed++;
        }

        _subjects[slot] = subject;
        return slot;
    }

    private void SiftDown(SimEvent item)
    {
        var i = 0;
        var half = Count >> 1;
        while (i < half)
        {
            var child = (2 * i) + 1;
            var right = child + 1;
            if (right < Count && _heap[right].Precedes(_heap[child]))
            {
                child = right;
            }

            if (!_heap[child].Precedes(item))
            {
                break;
            }

            _heap[i] = _heap[child];
            i = child;
        }

        _heap[i] = item;
    }
}
