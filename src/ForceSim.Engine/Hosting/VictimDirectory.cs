using ForceSim.Engine.Victims;

namespace ForceSim.Engine.Hosting;

/// <summary>
/// The victims a protocol keeps, found by id. Victim ids are a home force and a sequence dense within it, so a victim is
/// found by indexing rather than hashing: a national run looks one up for almost every message it routes, and a hash
/// table of a few hundred thousand victims is a cache miss or two per lookup. Ids live in chunks of 64 consecutive
/// sequences; a chunk whose victims have all been forgotten is handed back, so memory follows the victims still kept,
/// not every victim met.
/// </summary>
internal sealed class VictimDirectory<TVictim>
    where TVictim : class
{
    // Small chunks: a few victims in every range wait for years (a repeat call still queued, an investigation never
    // closed), and each pins its chunk; at 1,024 ids almost every chunk of a national year stayed pinned (about 50 MB a
    // year), at 64 about one in four does, each costing half a kilobyte.
    private const int ChunkShift = 6;
    private const int ChunkSize = 1 << ChunkShift;
    private const int SpareChunksKept = 64;

    private readonly Stack<Chunk> _spare = new();
    private Chunk?[]?[] _byForce = [];

    /// <summary>Victims kept.</summary>
    public int Count { get; private set; }

    public VictimEntry<TVictim>? Find(long id)
    {
        var (force, chunk, slot) = Split(id);
        return force < _byForce.Length && _byForce[force] is { } chunks && chunk < chunks.Length && chunks[chunk] is { } found
            ? found.Entries[slot]
            : null;
    }

    /// <summary>Keeps a victim not kept yet.</summary>
    public void Add(VictimEntry<TVictim> victim)
    {
        var (force, chunk, slot) = Split(victim.Id);
        if (force >= _byForce.Length)
        {
            Array.Resize(ref _byForce, force + 1);
        }

        ref var chunks = ref _byForce[force];
        if (chunks is null || chunk >= chunks.Length)
        {
            Array.Resize(ref chunks, Math.Max(chunk + 1, (chunks?.Length ?? 4) * 2));
        }

        var entries = chunks[chunk] ??= _spare.TryPop(out var reused) ? reused : new Chunk();
        if (entries.Entries[slot] is not null)
        {
            throw new InvalidOperationException($"Victim {victim.Id} is kept already.");
        }

        entries.Entries[slot] = victim;
        entries.Live++;
        Count++;
    }

    /// <summary>Forgets a kept victim; false if it was not kept.</summary>
    public bool Remove(long id)
    {
        var (force, chunk, slot) = Split(id);
        if (force >= _byForce.Length || _byForce[force] is not { } chunks || chunk >= chunks.Length || chunks[chunk] is not { } found
            || found.Entries[slot] is null)
        {
            return false;
        }

        found.Entries[slot] = null;
        Count--;
        if (--found.Live == 0)
        {
            // Emptied: every slot is null again, so it can hold another range (a few are kept, as victims met late
            // reopen a range now and then).
            chunks[chunk] = null;
            if (_spare.Count < SpareChunksKept)
            {
                _spare.Push(found);
            }
        }

        return true;
    }

    /// <summary>Every victim kept, by id (force, then sequence).</summary>
    public IEnumerable<VictimEntry<TVictim>> InIdOrder()
    {
        foreach (var chunks in _byForce)
        {
            foreach (var chunk in chunks ?? [])
            {
                if (chunk is null)
                {
                    continue;
                }

                foreach (var victim in chunk.Entries)
                {
                    if (victim is not null)
                    {
                        yield return victim;
                    }
                }
            }
        }
    }

    private static (int Force, int Chunk, int Slot) Split(long id)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        var sequence = VictimIds.Sequence(id);
        return (VictimIds.Force(id), (int)(sequence >> ChunkShift), (int)(sequence & (ChunkSize - 1)));
    }

    private sealed class Chunk
    {
        public VictimEntry<TVictim>?[] Entries { get; } = new VictimEntry<TVictim>?[ChunkSize];

        public int Live { get; set; }
    }
}
