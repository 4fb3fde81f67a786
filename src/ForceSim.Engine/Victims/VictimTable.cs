namespace ForceSim.Engine.Victims;

/// <summary>
/// A small value per victim, held densely by the victim's home force and sequence (victim ids are dense per force), so
/// something kept for every victim of a national year (a records system's history, the ids a host retired) costs bytes
/// per victim rather than a hash entry each: such tables last the whole run, so their cost sets how memory grows with
/// the horizon.
/// </summary>
internal sealed class VictimTable<T>
    where T : unmanaged
{
    // Fixed-size chunks, made as victims are met and never moved: a table grown by doubling would copy itself and leave
    // the copies it outgrew behind in the large-object heap, so its footprint grew by more than its bytes per victim.
    private const int ChunkShift = 16;
    private const long ChunkMask = (1L << ChunkShift) - 1;
    private T[]?[]?[] _byForce = [];

    public T Get(long victimId)
    {
        var (force, sequence) = Split(victimId);
        var chunk = sequence >> ChunkShift;
        return force < _byForce.Length && _byForce[force] is { } chunks && chunk < chunks.Length && chunks[chunk] is { } values
            ? values[sequence & ChunkMask]
            : default;
    }

    /// <summary>The value for <paramref name="victimId"/>, to read or change; room is made for it as needed.</summary>
    public ref T At(long victimId)
    {
        var (force, sequence) = Split(victimId);
        if (force >= _byForce.Length)
        {
            Array.Resize(ref _byForce, force + 1);
        }

        ref var chunks = ref _byForce[force];
        var chunk = (int)(sequence >> ChunkShift); // sequences are below 2^40, so chunks below 2^24
        if (chunks is null || chunk >= chunks.Length)
        {
            Array.Resize(ref chunks, Math.Max(chunk + 1, (chunks?.Length ?? 4) * 2));
        }

        return ref (chunks[chunk] ??= new T[1 << ChunkShift])[sequence & ChunkMask];
    }

    private static (int Force, long Sequence) Split(long victimId) => (VictimIds.Force(victimId), VictimIds.Sequence(victimId));
}
