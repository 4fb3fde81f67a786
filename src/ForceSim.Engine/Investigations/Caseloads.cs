namespace ForceSim.Engine.Investigations;

/// <summary>
/// The investigators as a resource: each holds a caseload of open cases in the order allocated, which is the order
/// they are worked in. A new case goes to whoever holds fewest (the first of them on a tie), so work spreads evenly
/// without anyone choosing.
/// </summary>
public sealed class Caseloads
{
    private readonly List<Case>[] _caseloads;

    // Investigators ordered by (open cases, number): a large force has thousands, and every allocation asks for the least
    // loaded, so they are kept in order as caseloads change rather than searched each time.
    private readonly PriorityQueue<int, (int Cases, int Investigator)> _byLoad;

    public Caseloads(int investigators)
    {
        _caseloads = [.. Enumerable.Range(0, investigators).Select(_ => new List<Case>())];
        _byLoad = new PriorityQueue<int, (int, int)>(Enumerable.Range(0, investigators).Select(i => (i, (0, i))));
    }

    public int Investigators => _caseloads.Length;

    public int OpenCases => _caseloads.Sum(c => c.Count);

    /// <summary>An investigator's open cases, oldest first.</summary>
    public IReadOnlyList<Case> Of(int investigator) => _caseloads[investigator];

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

        var caseload = _caseloads[item.Investigator];
        caseload.Add(item);
        Changed(item.Investigator);
    }

    /// <summary>Takes the cases closed today off an investigator's caseload, keeping the rest in order.</summary>
    public void RemoveClosed(int investigator)
    {
        var caseload = _caseloads[investigator];
        if (caseload.RemoveAll(c => c.Closed) > 0)
        {
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
