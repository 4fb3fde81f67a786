using ForceSim.Engine.Protocol;

namespace ForceSim.Engine.Victims;

/// <summary>
/// A victim's pending events: messages to act on, and a repeat victimisation (no message). A victim has only a few at a
/// time and most of its life none (waiting weeks for an investigation's news), and a national run keeps hundreds of
/// thousands of victims, so the agenda is a small array sorted latest first, made on the first event and kept, emptied,
/// when the last is taken: an idle victim holds a few dozen bytes rather than a calendar, and a victim that goes from
/// one event to none and back, as most do several times, makes no new array each time (a national year made some ten
/// million). Ties in time keep the order events were added, as an LP's event calendar does.
/// </summary>
public struct VictimAgenda
{
    private Entry[]? _entries;
    private int _count;
    private long _nextSequence;

    public readonly int Count => _count;

    public readonly double NextTime => _count == 0 ? double.PositiveInfinity : _entries![_count - 1].Time;

    /// <summary>Adds an event; <paramref name="message"/> is null for a repeat victimisation.</summary>
    public void Add(double time, Message? message)
    {
        if (_entries is null)
        {
            _entries = new Entry[2];
        }
        else if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _count * 2);
        }

        // Latest first, so the earliest is taken from the end: entries that come before the new one move towards the end.
        var item = new Entry(time, _nextSequence++, message);
        var i = _count++;
        while (i > 0 && _entries[i - 1].Precedes(item))
        {
            _entries[i] = _entries[i - 1];
            i--;
        }

        _entries[i] = item;
    }

    /// <summary>Takes the earliest event (its slot is cleared, so a taken message is not kept alive).</summary>
    public (double Time, Message? Message) Take()
    {
        if (_count == 0)
        {
            throw new InvalidOperationException("The victim has no pending event.");
        }

        var top = _entries![--_count];
        _entries[_count] = default;
        return (top.Time, top.Message);
    }

    /// <summary>
    /// Empties the agenda for another victim, as if made afresh (event order restarts), keeping the array only if it is
    /// no larger than <paramref name="keptCapacity"/>: one busy victim must not grow every later one's.
    /// </summary>
    public void Reset(int keptCapacity)
    {
        if (_entries is not null)
        {
            Array.Clear(_entries, 0, _count);
            if (_entries.Length > keptCapacity)
            {
                _entries = null;
            }
        }

        _count = 0;
        _nextSequence = 0;
    }

    /// <summary>The pending events in the order they will be taken, left in place (for handing the victim over).</summary>
    public readonly IEnumerable<(double Time, Message? Message)> Pending()
    {
        for (var i = _count - 1; i >= 0; i--)
        {
            yield return (_entries![i].Time, _entries[i].Message);
        }
    }

    private readonly record struct Entry(double Time, long Sequence, Message? Message)
    {
        public bool Precedes(in Entry other) => Time < other.Time || (Time == other.Time && Sequence < other.Sequence);
    }
}
