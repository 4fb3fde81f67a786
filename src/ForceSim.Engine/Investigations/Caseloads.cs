using System.Runtime.InteropServices;

namespace ForceSim.Engine.Investigations;

/// <summary>
/// The investigators as a resource: each holds a caseload of open cases in the order allocated, which is the order
/// they are worked in. A new case goes to whoever holds fewest (the first of them on a tie), so work spreads evenly
/// without anyone choosing. A caseload is an array of entries (see <see cref="CaseloadEntry"/>), so a day's walk over
/// it reads memory in order.
/// </summary>
public sealed class Caseloads
{
    private readonly List<CaseloadEntry>[] _caseloads;

    // Investigators ordered by (open cases, number): a large force has thousands, and every allocation asks for the least
    // loaded, so they are kept in order as caseloads change rather than searched each time.
    private readonly PriorityQueue<int, (int Cases, int Investigator)> _byLoad;

    public Caseloads(int investigators)
    {
        _caseloads = [.. Enumerable.Range(0, investigators).Select(_ => new List<CaseloadEntry>())];
        _byLoad = new PriorityQueue<int, (int, int)>(Enumerable.Range(0, investigators).Select(i => (i, (0, i))));
    }

    public int Investigators => _caseloads.Length;

    public int OpenCases { get; private set; }

    /// <summary>
    /// An investigator's open cases, oldest first, to walk or change in place (call <see cref="CaseloadEntry.Refresh"/>
    /// after changing a case). Valid until a case is added to or removed from this caseload.
    /// </summary>
    public Span<CaseloadEntry> Of(int investigator) => CollectionsMarshal.AsSpan(_caseloads[investigator]);

    /// <summary>The investigator who should take the next case: fewest open cases, lowest number on a tie.</summary>
    public int LeastLoaded()
    {
        // Entries left behind by a change of caseload are dropped as they surface.
        while (_byLoad.TryPeek(out var investigator, out var key) && key.Cases != _caseloads[investigator].Count)
        {
            _byLoad.Dequeue();
        }

        return _byLoad.Peek();
    }

    /// <summary>Adds a newly allocated case to the end of its investigator's caseload.</summary>
    public void Add(Case item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Closed)
        {
            throw new InvalidOperationException($"Case {item.CrimeId} is closed and cannot be allocated.");
        }

        _caseloads[item.Investigator].Add(new CaseloadEntry(item));
        OpenCases++;
        Changed(item.Investigator);
    }

    /// <summary>Takes the cases closed today (as their entries last saw them) off an investigator's caseload, keeping the rest in order.</summary>
    public void RemoveClosed(int investigator)
    {
        var removed = _caseloads[investigator].RemoveAll(static e => e.Closed);
        if (removed > 0)
        {
            OpenCases -= removed;
            Changed(investigator);
        }
    }

    private void Changed(int investigator)
    {
        _byLoad.Enqueue(investigator, (_caseloads[investigator].Count, investigator));
        if (_byLoad.Count > (4 * _caseloads.Length) + 64)
        {
            // Too many left-behind entries: start again from the caseloads as they are, so memory stays flat.
            _byLoad.Clear();
            _byLoad.EnqueueRange(Enumerable.Range(0, _caseloads.Length).Select(i => (i, (_caseloads[i].Count, i))));
        }
    }
}
