using System.Runtime.CompilerServices;

namespace ForceSim.Experiments.Benchmarking;

/// <summary>
/// A binary min-heap of struct events by time, in one array that grows only when full: the calendar a hand-written
/// discrete-event loop would use. Ties leave in an order fixed by the pushes, so a run is reproducible.
/// </summary>
internal sealed class EventHeap(int capacity)
{
    private QueueEvent[] _items = new QueueEvent[Math.Max(capacity, 4)];

    public int Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public QueueEvent Peek() => _items[0];

    public void Push(QueueEvent item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        var items = _items;
        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (items[parent].Time <= item.Time)
            {
                break;
            }

            items[i] = items[parent];
            i = parent;
        }

        items[i] = item;
    }

    public QueueEvent Pop()
    {
        var items = _items;
        var top = items[0];
        var last = items[--Count];
        var i = 0;
        var half = Count >> 1;
        while (i < half)
        {
            var child = (2 * i) + 1;
            if (child + 1 < Count && items[child + 1].Time < items[child].Time)
            {
                child++;
            }

            if (last.Time <= items[child].Time)
            {
                break;
            }

            items[i] = items[child];
            i = child;
        }

        items[i] = last;
        return top;
    }
}
