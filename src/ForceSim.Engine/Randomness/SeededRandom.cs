using ForceSim.Engine.Protocol;

namespace ForceSim.Engine.Randomness;

/// <summary>
/// xoshiro256** generator behind the System.Random API, so MathNet.Numerics distributions can draw
/// from it. Hand-written because it sits in the hot loop and must be seedable with 64 bits.
/// </summary>
public sealed class SeededRandom : Random
{
    private ulong _s0, _s1, _s2, _s3;

    public SeededRandom(ulong seed)
    {
        // Expand the seed with SplitMix64 as the xoshiro authors recommend.
        var x = seed;
        _s0 = Next64(ref x);
        _s1 = Next64(ref x);
        _s2 = Next64(ref x);
        _s3 = Next64(ref x);
    }

    /// <summary>
    /// The generator's whole state. Many small LPs (victims) keep only this and borrow a shared
    /// generator to draw, instead of each owning a System.Random, which is much larger.
    /// </summary>
    public GeneratorState State
    {
        get => new(_s0, _s1, _s2, _s3);
        set => (_s0, _s1, _s2, _s3) = (value.S0, value.S1, value.S2, value.S3);
    }

    /// <summary>The state <see cref="For"/> would start from, without making a generator (a victim is met per contact).</summary>
    public static GeneratorState StateFor(long runSeed, int replication, LpKind kind, long lpId, string purpose)
    {
        var x = StreamKey.Derive(runSeed, replication, kind, lpId, purpose);
        var s0 = Next64(ref x);
        var s1 = Next64(ref x);
        var s2 = Next64(ref x);
        return new GeneratorState(s0, s1, s2, Next64(ref x));
    }

    public static SeededRandom For(long runSeed, int replication, LpKind kind, long lpId, string purpose) =>
        new(StreamKey.Derive(runSeed, replication, kind, lpId, purpose));

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    public override double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    protected override double Sample() => NextDouble();

    public override int Next() => (int)(NextUInt64() >> 33);

    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)((NextUInt64() >> 32) * (ulong)maxValue >> 32);
    }

    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return minValue + (int)((NextUInt64() >> 32) * (ulong)((long)maxValue - minValue) >> 32);
    }

    public override long NextInt64() => (long)(NextUInt64() >> 1);

    public override void NextBytes(byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        NextBytes(buffer.AsSpan());
    }

    public override void NextBytes(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (byte)(NextUInt64() >> 56);
        }
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong Next64(ref ulong x) => StreamKey.Mix(x++);
}
