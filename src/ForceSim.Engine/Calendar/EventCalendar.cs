namespace ForceSim.Engine.Calendar;

/// <summary>
/// The future-event list of one LP: a binary min-heap of value-type events ordered by (time, sequence).
/// Hand-written because it is the hot loop; no allocation per event, and no references in the heap (subjects
/// wait in typed <see cref="SubjectTable{T}"/>s), so sifting copies plain data without GC write barriers.
/// </summary>
/// <typeparam name="TKind">The LP's own enum of event kinds.</typeparam>
public sealed class EventCalendar<TKind>
    where TKind : unmanaged, Enum
{
    private SimEvent<TKind>[] _heap;
    private long _nextSequence;

    /// <summary>Small LPs (victims, of which there are many) start with a small heap.</summary>
    public EventCalendar(int capacity = 64)
    {
        _heap = new SimEvent<TKind>[Math.Max(1, capacity)];
    }

    public int Count { get; private set; }

    /// <summary>Total events ever scheduled (for the benchmark's events/s).</summary>
    public long Scheduled => _nextSequence;

    public double NextTime => Count == 0 ? double.PositiveInfinity : _heap[0].Time;

    /// <summary>The next event, left in place; false if there is none.</summary>
    public bool TryPeek(out ScheduledEvent<TKind> next)
    {
        if (Count == 0)
        {
            next = default;
            return false;
        }

        next = new ScheduledEvent<TKind>(_heap[0].Time, _heap[0].Kind, _heap[0].Argument);
        return true;
    }

    public void Schedule(double time, TKind kind, int argument = 0)
    {
        if (Count == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }

        var item = new SimEvent<TKind>(time, _nextSequence++, kind, argument);
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

    public ScheduledEvent<TKind> Pop()
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

        return new ScheduledEvent<TKind>(top.Time, top.Kind, top.Argument);
    }

    /// <summary>The pending events in the order they will be popped, without removing them (for saving an LP's state).</summary>
    public IReadOnlyList<ScheduledEvent<TKind>> Pending()
    {
        var ordered = _heap.AsSpan(0, Count).ToArray();
        Array.Sort(ordered, static (a, b) => a.Precedes(b) ? -1 : b.Precedes(a) ? 1 : 0);
        return [.. ordered.Select(e => new ScheduledEvent<TKind>(e.Time, e.Kind, e.Argument))];
    }

    private void SiftDown(SimEvent<TKind> item)
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
