namespace ForceSim.Engine.Investigations;

/// <summary>
/// The investigators as a resource: each holds a caseload of open cases in the order allocated, which is the order
/// they are worked in. A new case goes to whoever holds fewest (the first of them on a tie), so work spreads evenly
/// without anyone choosing.
/// </summary>
public sealed class Caseloads
{
    private readonly List<Case>[] _caseloads;

    public Caseloads(int investigators) =>
        _caseloads = [.. Enumerable.Range(0, investigators).Select(_ => new List<Case>())];

    public int Investigators => _caseloads.Length;

    public int OpenCases => _caseloads.Sum(c => c.Count);

    /// <summary>An investigator's open cases, oldest first.</summary>
    public IReadOnlyList<Case> Of(int investigator) => _caseloads[investigator];

    /// <summary>The investigator who should take the next case: fewest open cases, lowest number on a tie.</summary>
    public int LeastLoaded()
    {
        var best = 0;
        for (var i = 1; i < _caseloads.Length; i++)
        {
            if (_caseloads[i].Count < _caseloads[best].Count)
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>Adds a newly allocated case to the end of its investigator's caseload.</summary>
    public void Add(Case item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Closed)
        {
            throw new InvalidOperationException($"Case {item.CrimeId} is closed and cannot be allocated.");
        }

        _caseloads[item.Investigator].Add(item);
    }

    /// <summary>Takes the cases closed today off an investigator's caseload, keeping the rest in order.</summary>
    public void RemoveClosed(int investigator) => _caseloads[investigator].RemoveAll(c => c.Closed);
}
