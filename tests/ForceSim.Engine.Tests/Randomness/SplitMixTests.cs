using ForceSim.Engine.Randomness;

namespace ForceSim.Engine.Tests.Randomness;

public sealed class SplitMixTests
{
    [Fact]
    public void SplitMix_draws_the_reference_splitmix64_sequence_as_53_bit_fractions()
    {
        // The published first outputs of SplitMix64 seeded with 0.
        ulong[] reference = [0xE220A8397B1DCDAFUL, 0x6E789E6AA1B965F4UL, 0x06C45D188009454FUL];
        var draws = new SplitMix(0);

        Assert.All(reference, output => Assert.Equal((output >> 11) * (1.0 / (1UL << 53)), draws.NextDouble()));
    }

    [Fact]
    public void SplitMix_gives_the_same_draws_from_the_same_seed_and_different_draws_from_another()
    {
        var first = new SplitMix(20220601);
        var again = new SplitMix(20220601);
        var other = new SplitMix(20220602);

        var a = Enumerable.Range(0, 100).Select(_ => first.NextDouble()).ToList();
        var b = Enumerable.Range(0, 100).Select(_ => again.NextDouble()).ToList();
        var c = Enumerable.Range(0, 100).Select(_ => other.NextDouble()).ToList();

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.All(a.Concat(c), u => Assert.InRange(u, 0.0, Math.BitDecrement(1.0)));
    }

    [Fact]
    public void A_copy_of_a_SplitMix_carries_on_from_where_the_original_was()
    {
        var original = new SplitMix(42);
        original.NextDouble();
        var copy = original;

        Assert.Equal(original.NextDouble(), copy.NextDouble());
    }
}
