using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;

namespace ForceSim.Engine.Tests.Randomness;

public sealed class SeededRandomTests
{
    private const int Draws = 100_000;

    [Fact]
    public void The_same_stream_key_gives_the_same_sequence()
    {
        var a = SeededRandom.For(2024, 5, LpKind.Investigation, 3, "hours");
        var b = SeededRandom.For(2024, 5, LpKind.Investigation, 3, "hours");

        Assert.Equal(Take(a, 1000), Take(b, 1000));
    }

    [Theory]
    [InlineData(2025, 5, LpKind.Investigation, 3, "hours")]
    [InlineData(2024, 6, LpKind.Investigation, 3, "hours")]
    [InlineData(2024, 5, LpKind.Victim, 3, "hours")]
    [InlineData(2024, 5, LpKind.Investigation, 4, "hours")]
    [InlineData(2024, 5, LpKind.Investigation, 3, "lines")]
    public void A_different_seed_replication_lp_or_purpose_gives_a_different_sequence(long seed, int replication, LpKind kind, long lp, string purpose)
    {
        var reference = Take(SeededRandom.For(2024, 5, LpKind.Investigation, 3, "hours"), 100);
        var other = Take(SeededRandom.For(seed, replication, kind, lp, purpose), 100);

        // Not merely different somewhere: unrelated streams agree on (almost) no draw.
        var same = reference.Zip(other).Count(p => p.First == p.Second);
        Assert.True(same <= 1, $"{same} of 100 draws coincide");
    }

    [Fact]
    public void Adjacent_seeds_give_unrelated_sequences()
    {
        var a = new SeededRandom(1);
        var b = new SeededRandom(2);
        var sumProducts = 0.0;
        for (var i = 0; i < Draws; i++)
        {
            sumProducts += (a.NextDouble() - 0.5) * (b.NextDouble() - 0.5);
        }

        // Correlation of two independent U(0,1) streams: sd of the estimate is 1/sqrt(n) ≈ 0.0032.
        var correlation = sumProducts / Draws * 12;
        Assert.InRange(correlation, -0.015, 0.015);
    }

    [Fact]
    public void NextDouble_stays_in_the_unit_interval_with_mean_one_half()
    {
        var random = new SeededRandom(99);
        var min = double.MaxValue;
        var max = double.MinValue;
        var sum = 0.0;
        for (var i = 0; i < Draws; i++)
        {
            var u = random.NextDouble();
            min = Math.Min(min, u);
            max = Math.Max(max, u);
            sum += u;
        }

        Assert.True(min >= 0.0);
        Assert.True(max < 1.0);

        // Spread actually used, not a degenerate generator.
        Assert.True(min < 0.001 && max > 0.999);

        var standardError = Math.Sqrt(1.0 / 12 / Draws);
        Assert.InRange(sum / Draws, 0.5 - (4 * standardError), 0.5 + (4 * standardError));
    }

    [Fact]
    public void NextDouble_fills_ten_equal_bins_evenly()
    {
        var random = new SeededRandom(7);
        var counts = new int[10];
        for (var i = 0; i < Draws; i++)
        {
            counts[(int)(random.NextDouble() * 10)]++;
        }

        var expected = Draws / 10.0;
        var chiSquare = counts.Sum(c => (c - expected) * (c - expected) / expected);

        // 9 degrees of freedom: the 99.9th percentile is 27.9.
        Assert.True(chiSquare < 30, $"chi-square {chiSquare}");
    }

    [Fact]
    public void Next_with_a_maximum_stays_in_range_and_reaches_every_value()
    {
        var random = new SeededRandom(3);
        var counts = new int[7];
        for (var i = 0; i < 70_000; i++)
        {
            var value = random.Next(7);
            Assert.InRange(value, 0, 6);
            counts[value]++;
        }

        // Each value expected 10,000 times, sd ≈ 93.
        Assert.All(counts, c => Assert.InRange(c, 9_500, 10_500));
    }

    [Fact]
    public void Next_with_bounds_stays_in_range_and_reaches_both_ends()
    {
        var random = new SeededRandom(4);
        var seen = new HashSet<int>();
        for (var i = 0; i < 10_000; i++)
        {
            var value = random.Next(-3, 4);
            Assert.InRange(value, -3, 3);
            seen.Add(value);
        }

        Assert.Equal(7, seen.Count);
    }

    [Fact]
    public void Next_with_a_maximum_of_zero_or_one_returns_zero()
    {
        var random = new SeededRandom(5);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(0, random.Next(0));
            Assert.Equal(0, random.Next(1));
        }
    }

    [Fact]
    public void Next_with_a_negative_maximum_throws()
    {
        var random = new SeededRandom(5);
        Assert.Throws<ArgumentOutOfRangeException>(() => random.Next(-1));
    }

    [Fact]
    public void Next_and_NextInt64_are_never_negative()
    {
        var random = new SeededRandom(6);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.True(random.Next() >= 0);
            Assert.True(random.NextInt64() >= 0);
        }
    }

    private static List<double> Take(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => random.NextDouble())];
}
