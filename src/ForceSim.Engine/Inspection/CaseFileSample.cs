using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;

namespace ForceSim.Engine.Inspection;

/// <summary>
/// The crime files an inspection reviews: about the same number from each crime class (inspectors take
/// ~10 per crime type), drawn at random from the files closed in the measured period.
/// </summary>
public sealed class CaseFileSample
{
    private readonly int _files;
    private readonly SortedDictionary<string, Reservoir<CaseFile>> _byClass = new(StringComparer.Ordinal);
    private readonly SeededRandom _offerRandom;
    private readonly SeededRandom _selectRandom;

    public CaseFileSample(int files, int replication, long seed, int forceIndex)
    {
        _files = files;
        _offerRandom = SeededRandom.For(seed, replication, LpKind.Investigation, forceIndex, "inspection:case-files");
        _selectRandom = SeededRandom.For(seed, replication, LpKind.Investigation, forceIndex, "inspection:case-file-selection");
    }

    public void Offer(CaseFile file)
    {
        if (!_byClass.TryGetValue(file.CrimeClass, out var reservoir))
        {
            // Each class keeps up to the whole sample size, so a class can make up for others with few files.
            reservoir = new Reservoir<CaseFile>(_files, _offerRandom);
            _byClass.Add(file.CrimeClass, reservoir);
        }

        reservoir.Offer(file);
    }

    /// <summary>Shares the files evenly across classes (passing on what a small class cannot fill), then draws each class's share at random.</summary>
    public IReadOnlyList<CaseFile> Select()
    {
        var classes = _byClass.Values.ToList();
        var quota = new int[classes.Count];
        var remaining = _files;
        var open = Enumerable.Range(0, classes.Count).ToList();
        while (remaining > 0 && open.Count > 0)
        {
            var share = Math.Max(1, remaining / open.Count);
            foreach (var i in open.ToList())
            {
                var take = Math.Min(Math.Min(share, remaining), classes[i].Items.Count - quota[i]);
                quota[i] += take;
                remaining -= take;
                if (quota[i] == classes[i].Items.Count)
                {
                    open.Remove(i);
                }

                if (remaining == 0)
                {
                    break;
                }
            }
        }

        var chosen = new List<CaseFile>(_files);
        for (var i = 0; i < classes.Count; i++)
        {
            var pool = classes[i].Items.ToArray();
            for (var k = 0; k < quota[i]; k++)
            {
                var j = k + (int)(_selectRandom.NextDouble() * (pool.Length - k));
                (pool[k], pool[j]) = (pool[j], pool[k]);
                chosen.Add(pool[k]);
            }
        }

        return chosen;
    }
}
