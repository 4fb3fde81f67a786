namespace ForceSim.Engine.Hosting;

/// <summary>
/// The ids of victims a host has forgotten because nothing more could happen to them: one bit per victim, by force and
/// sequence (victim ids are dense per force), so a national year's millions of victims cost a megabyte. A message to
/// one of them would mean the model broke the rule that let the host forget it; the protocol refuses it rather than
/// meet a blank victim under an old id.
/// </summary>
internal sealed class RetiredVictims
{
    private const int ForceShift = 40;
    private const long SequenceMask = (1L << ForceShift) - 1;
    private ulong[]?[] _byForce = [];

    public long Count { get; private set; }

    public void Add(long victimId)
    {
        var (force, sequence) = Split(victimId);
        if (force >= _byForce.Length)
        {
            Array.Resize(ref _byForce, force + 1);
        }

        ref var bits = ref _byForce[force];
        var word = (int)(sequence >> 6);
        if (bits is null || word >= bits.Length)
        {
            Array.Resize(ref bits, Math.Max(word + 1, (bits?.Length ?? 0) * 2));
        }

        var mask = 1UL << (int)(sequence & 63);
        if ((bits[word] & mask) == 0)
        {
            bits[word] |= mask;
            Count++;
        }
    }

    public bool Contains(long victimId)
    {
        var (force, sequence) = Split(victimId);
        var word = sequence >> 6;
        return force < _byForce.Length
            && _byForce[force] is { } bits
            && word < bits.Length
            && (bits[word] & (1UL << (int)(sequence & 63))) != 0;
    }

    private static (int Force, long Sequence) Split(long victimId) => ((int)(victimId >> ForceShift), victimId & SequenceMask);
}
