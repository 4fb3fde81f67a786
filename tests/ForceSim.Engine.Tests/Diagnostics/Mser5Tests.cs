using ForceSim.Engine.Diagnostics;
using ForceSim.Engine.Randomness;

namespace ForceSim.Engine.Tests.Diagnostics;

public sealed class Mser5Tests
{
    [Fact]
    public void A_series_with_an_initial_transient_is_truncated_near_the_transients_end()
    {
        // 60 observations climbing from 0 to a level of 10, then 340 around it.
        var series = Noise(400, seed: 1).Select((e, i) => (i < 60 ? 10.0 * i / 60 : 10.0) + e).ToArray();

        var result = Mser5.Truncation(series);

        Assert.InRange(result.Truncation, 45, 80);
        Assert.False(result.InSecondHalf);
    }

    [Fact]
    public void A_stationary_series_is_truncated_near_its_start()
    {
        var series = Noise(400, seed: 2).Select(e => 10.0 + e).ToArray();

        var result = Mser5.Truncation(series);

        Assert.InRange(result.Truncation, 0, 20);
        Assert.False(result.InSecondHalf);
    }

    [Fact]
    public void A_series_that_keeps_rising_is_truncated_in_its_second_half()
    {
        var series = Noise(200, seed: 3).Select((e, i) => (0.5 * i) + e).ToArray();

        var result = Mser5.Truncation(series);

        Assert.True(result.InSecondHalf, $"truncated at {result.Truncation} of {result.Length}");
    }

    [Fact]
    public void A_constant_series_is_not_truncated()
    {
        Assert.Equal(0, Mser5.Truncation(Enumerable.Repeat(3.0, 100).ToArray()).Truncation);
    }

    /// <summary>Uniform noise on [-2, 2] from a fixed seed, so each test is the same every time.</summary>
    private static double[] Noise(int count, ulong seed)
    {
        var random = new SplitMix(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (random.NextDouble() * 4) - 2)];
    }
}
