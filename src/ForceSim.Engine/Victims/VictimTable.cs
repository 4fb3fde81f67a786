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
    private const int ForceShift = 40;
    private const long SequenceMask = (1L << ForceShift) - 1;
    private T[]?[] _byForce = [];

    public T Get(long victimId)
    {
        var (force, sequence) = Split(victimId);
        return force < _byForce.Length && _byForce[force] is { } values && sequence < values.Length ? values[sequence] : default;
    }

    /// <summary>The value for <paramref name="victimId"/>, to read or change; room is made for it as needed.</summary>
    public ref T At(long victimId)
    {
        var (force, sequence) = Split(victimId);
        if (force >= _byForce.Length)
        {
            Array.Resize(ref _byForce, force + 1);
        }

        ref var values = ref _byForce[force];
        if (values is null || sequence >= values.Length)
        {
            Array.Resize(ref values, (int)Math.Max(sequence + 1, Math.Min((long)(values?.Length ?? 512) * 2, Array.MaxLength)));
        }

        return ref values[sequence];
    }

    private static (int Force, long Sequence) Split(long victimId) => ((int)(victimId >> ForceShift), victimId & SequenceMask);
}
