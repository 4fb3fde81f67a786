namespace ForceSim.Engine.Randomness;

/// <summary>
/// A tiny generator (SplitMix64) for a handful of draws from one seed without allocating: a contact carries a seed
/// drawn on arrival, and the decisions made long after about the crimes its incident holds come from it, so they are
/// the same caller's whatever happened in between (common random numbers across what-ifs).
/// </summary>
public struct SplitMix(ulong seed)
{
    private ulong _state = seed;

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    public double NextDouble()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return ((z ^ (z >> 31)) >> 11) * (1.0 / (1UL << 53));
    }
}
