using ForceSim.Engine.Inspection;
using ForceSim.Engine.Randomness;

namespace ForceSim.Engine.Tests.Inspection;

public sealed class ReservoirTests
{
    [Fact]
    public void Below_capacity_every_offered_item_is_kept_in_order()
    {
        var reservoir = new Reservoir<int>(10, new SeededRandom(1));

        foreach (var i in Enumerable.Range(0, 7))
        {
            reservoir.Offer(i);
        }

        Assert.Equal([0, 1, 2, 3, 4, 5, 6], reservoir.Items);
        Assert.Equal(7, reservoir.Seen);
        Assert.Equal(10, reservoir.Capacity);
    }

    [Fact]
    public void At_exactly_capacity_every_offered_item_is_kept()
    {
        var reservoir = new Reservoir<int>(5, new SeededRandom(1));

        foreach (var i in Enumerable.Range(0, 5))
        {
            reservoir.Offer(i);
        }

        Assert.Equal([0, 1, 2, 3, 4], reservoir.Items);
    }

    [Fact]
    public void Beyond_capacity_exactly_capacity_distinct_offered_items_are_kept()
    {
        var reservoir = new Reservoir<int>(100, new SeededRandom(7));

        foreach (var i in Enumerable.Range(0, 1000))
        {
            reservoir.Offer(i);
        }

        Assert.Equal(100, reservoir.Items.Count);
        Assert.Equal(1000, reservoir.Seen);
        Assert.Equal(100, reservoir.Items.Distinct().Count());
        Assert.All(reservoir.Items, item => Assert.InRange(item, 0, 999));

        // Some items beyond the first 100 must have displaced early ones.
        Assert.Contains(reservoir.Items, item => item >= 100);
        Assert.Contains(reservoir.Items, item => item >= 900);
    }

    [Fact]
    public void Every_item_of_the_stream_is_kept_with_probability_capacity_over_population()
    {
        // 0..999 into a reservoir of 100 over 2,000 seeds: each item should be kept about 10% of the time.
        // One item's frequency has sd sqrt(0.1 * 0.9 / 2000) ≈ 0.0067, so ±0.035 is over five sd.
        const int Seeds = 2000;
        var kept = new int[1000];
        var meanOfSamples = 0.0;
        for (var seed = 0; seed < Seeds; seed++)
        {
            var reservoir = new Reservoir<int>(100, new SeededRandom((ulong)seed + 1));
            foreach (var i in Enumerable.Range(0, 1000))
            {
                reservoir.Offer(i);
            }

            foreach (var item in reservoir.Items)
            {
                kept[item]++;
            }

            meanOfSamples += reservoir.Items.Average() / Seeds;
        }

        Assert.All(Enumerable.Range(0, 1000), i => Assert.InRange(kept[i] / (double)Seeds, 0.065, 0.135));

        // Pooled over each block of 100 consecutive items (the first block is the initial fill) the
        // frequency is far tighter (sd ≈ 0.0007): no part of the stream is favoured.
        for (var block = 0; block < 10; block++)
        {
            var frequency = kept.Skip(block * 100).Take(100).Sum() / (100.0 * Seeds);
            Assert.InRange(frequency, 0.096, 0.104);
        }

        // A sample mean has sd ≈ 27 for one seed, ≈ 0.6 over 2,000 seeds.
        Assert.InRange(meanOfSamples, 496.5, 502.5);
    }

    [Fact]
    public void A_reservoir_of_one_keeps_each_of_three_items_a_third_of_the_time()
    {
        // The second item must replace the first with probability 1/2, the third with 1/3.
        const int Seeds = 6000;
        var kept = new int[3];
        for (var seed = 0; seed < Seeds; seed++)
        {
            var reservoir = new Reservoir<int>(1, new SeededRandom((ulong)seed + 1));
            reservoir.Offer(0);
            reservoir.Offer(1);
            reservoir.Offer(2);
            kept[Assert.Single(reservoir.Items)]++;
        }

        // sd of each share ≈ 0.006.
        Assert.All(kept, count => Assert.InRange(count / (double)Seeds, 0.3, 0.367));
    }

    [Fact]
    public void The_same_seed_keeps_the_same_items_and_another_seed_keeps_others()
    {
        static IReadOnlyList<int> Sample(ulong seed)
        {
            var reservoir = new Reservoir<int>(20, new SeededRandom(seed));
            foreach (var i in Enumerable.Range(0, 500))
            {
                reservoir.Offer(i);
            }

            return reservoir.Items;
        }

        Assert.Equal(Sample(42), Sample(42));
        Assert.NotEqual(Sample(42), Sample(43));
    }
}
