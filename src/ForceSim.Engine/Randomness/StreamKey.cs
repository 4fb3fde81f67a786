using ForceSim.Engine.Protocol;

namespace ForceSim.Engine.Randomness;

/// <summary>
/// Derives a 64-bit seed from (run seed, replication, LP kind, LP id, purpose) so that every random
/// stream is independent of execution order and of which host runs the LP.
/// </summary>
public static class StreamKey
{
    public static ulong Derive(long runSeed, int replication, LpKind kind, long lpId, string purpose)
    {
        var h = Mix((ulong)runSeed ^ 0x9E3779B97F4A7C15UL);
        h = Mix(h ^ (ulong)(uint)replication);
        h = Mix(h ^ ((ulong)kind + 0x51ED27UL));
        h = Mix(h ^ (ulong)lpId);
        return Mix(h ^ Fnv1a(purpose));
    }

    /// <summary>SplitMix64 finaliser: a strong 64-bit mixing function.</summary>
    public static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    // string.GetHashCode is randomised per process, so purposes are hashed with a fixed function.
    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var ch in text)
        {
            hash ^= ch;
            hash *= 1099511628211UL;
        }

        return hash;
    }
}
