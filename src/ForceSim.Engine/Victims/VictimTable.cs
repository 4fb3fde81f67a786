using System.Runtime.InteropServices;

namespace ForceSim.Engine.Victims;

/// <summary>
/// A small value per victim, kept for the whole run (a records system's history, the ids a host retired), so its cost
/// sets how memory grows with the horizon. Victim ids are dense per home force, so the victims of a force the table
/// sees most of are held densely by sequence, at the value's own size; the few victims of a force it sees rarely (a
/// control room's callers from across the border) are held in a hash table, since chunks of a neighbour's whole range
/// touched by a few of its victims cost megabytes a year for nothing (nationally most of what grew from one year to four).
/// </summary>
public sealed class VictimTable<T>
    where T : unmanaged
{
    // A force's victims go dense once the table holds this many and at least one in SparseShare of the sequences seen.
    private const int DenseFrom = 4096;
    private const int SparseShare = 8;

    // Fixed-size chunks, made as victims are met and never moved: a table grown by doubling would copy itself and leave
    // the copies it outgrew behind in the large-object heap, so its footprint grew by more than its bytes per victim.
    private const int ChunkShift = 16;
    private const long ChunkMask = (1L << ChunkShift) - 1;
    private ForceValues?[] _byForce = [];

    /// <summary>Whether the victims of <paramref name="force"/> are held densely (by sequence) rather than hashed.</summary>
    public bool IsDense(int force) => force < _byForce.Length && _byForce[force]?.Chunks is not null;

    public T Get(long victimId)
    {
        var (force, sequence) = Split(victimId);
        if (force >= _byForce.Length || _byForce[force] is not { } values)
        {
            return default;
        }

        if (values.Chunks is not { } chunks)
        {
            return values.Sparse!.GetValueOrDefault(sequence);
        }

        var chunk = sequence >> ChunkShift;
        return chunk < chunks.Length && chunks[chunk] is { } held ? held[sequence & ChunkMask] : default;
    }

    /// <summary>The value for <paramref name="victimId"/>, to read or change at once; room is made for it as needed.</summary>
    public ref T At(long victimId)
    {
        var (force, sequence) = Split(victimId);
        if (force >= _byForce.Length)
        {
            Array.Resize(ref _byForce, force + 1);
        }

        var values = _byForce[force] ??= new ForceValues();
        if (values.Chunks is null)
        {
            values.MaxSequence = Math.Max(values.MaxSequence, sequence);
            var sparse = values.Sparse!;
            if (sparse.Count < DenseFrom || (long)sparse.Count * SparseShare <= values.MaxSequence)
            {
                return ref CollectionsMarshal.GetValueRefOrAddDefault(sparse, sequence, out _);
            }

            MakeDense(values);
        }

        return ref DenseAt(values, sequence);
    }

    private static void MakeDense(ForceValues values)
    {
        values.Chunks = [];
        foreach (var (sequence, value) in values.Sparse!)
        {
            DenseAt(values, sequence) = value;
        }

        values.Sparse = null;
    }

    private static ref T DenseAt(ForceValues values, long sequence)
    {
        ref var chunks = ref values.Chunks!;
        var chunk = (int)(sequence >> ChunkShift); // sequences are below 2^40, so chunks below 2^24
        if (chunk >= chunks.Length)
        {
            Array.Resize(ref chunks, Math.Max(chunk + 1, Math.Max(chunks.Length, 2) * 2));
        }

        return ref (chunks[chunk] ??= new T[1 << ChunkShift])[sequence & ChunkMask];
    }

    private static (int Force, long Sequence) Split(long victimId) => (VictimIds.Force(victimId), VictimIds.Sequence(victimId));

    /// <summary>One home force's victims: hashed by sequence until they are many, then in chunks.</summary>
    private sealed class ForceValues
    {
        // Exactly one of the two is set: the hash table until the force goes dense, then the chunks.
        public Dictionary<long, T>? Sparse = [];
        public T[]?[]? Chunks;
        public long MaxSequence;
    }
}
