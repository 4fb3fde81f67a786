using CsCheck;
using ForceSim.Engine.Randomness;
using ForceSim.Model.Distributions;

namespace ForceSim.Engine.Tests.Randomness;

/// <summary>
/// The engine's own draws (<see cref="Sampler.Sample(SeededRandom)"/>) must match MathNet's
/// (<see cref="Sampler.Sample(Random)"/>) bit for bit and use up the same uniforms, or every result would change.
/// </summary>
public sealed class SamplerDrawPathTests
{
    public static TheoryData<string> Kinds => ["constant", "exponential", "lognormal", "gamma", "uniform", "empirical"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Sampler_draws_the_same_numbers_from_the_engine_generator_as_through_MathNet(string kind)
    {
        var sampler = new Sampler(kind switch
        {
            "constant" => Distribution.Constant(3),
            "exponential" => Distribution.Exponential(7.5),
            "lognormal" => Distribution.LogNormal(12, 4),
            "gamma" => Distribution.Gamma(6, 2),
            "uniform" => Distribution.Uniform(2, 9),
            _ => Distribution.Empirical([1, 2, 5], [1, 2, 1]),
        });

        AssertSameDraws(sampler, 77, 20_000);
    }

    [Fact]
    public void Sampler_draws_lognormal_times_as_MathNet_does_for_any_mean_spread_and_seed()
    {
        Gen.Select(Gen.Double[0.01, 500], Gen.Double[0.001, 2000], Gen.ULong)
            .Sample((mean, sd, seed) => AssertSameDraws(new Sampler(Distribution.LogNormal(mean, sd)), seed, 300));
    }

    [Fact]
    public void Sampler_draws_gamma_times_as_MathNet_does_for_any_mean_shape_and_seed_including_shapes_below_one()
    {
        Gen.Select(Gen.Double[0.01, 500], Gen.Double[0.05, 40], Gen.ULong)
            .Sample((mean, shape, seed) => AssertSameDraws(new Sampler(Distribution.Gamma(mean, shape)), seed, 300));
    }

    [Fact]
    public void Sampler_draws_uniform_and_exponential_times_as_MathNet_does_for_any_parameters_and_seed()
    {
        Gen.Select(Gen.Double[-100, 100], Gen.Double[0, 300], Gen.Double[0.001, 1000], Gen.ULong)
            .Sample((low, width, mean, seed) =>
            {
                AssertSameDraws(new Sampler(Distribution.Uniform(low, low + width)), seed, 300);
                AssertSameDraws(new Sampler(Distribution.Exponential(mean)), seed, 300);
            });
    }

    [Fact]
    public void Sampler_still_refuses_parameters_MathNet_refuses_when_drawing_from_the_engine_generator()
    {
        var sampler = new Sampler(Distribution.Uniform(9, 2));

        Assert.ThrowsAny<ArgumentException>(() => sampler.Sample((Random)new SeededRandom(1)));
        Assert.ThrowsAny<ArgumentException>(() => sampler.Sample(new SeededRandom(1)));
    }

    private static void AssertSameDraws(Sampler sampler, ulong seed, int draws)
    {
        var direct = new SeededRandom(seed);
        var throughMathNet = new SeededRandom(seed);
        for (var i = 0; i < draws; i++)
        {
            var expected = sampler.Sample((Random)throughMathNet);
            var drawn = sampler.Sample(direct);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(drawn));
        }

        Assert.Equal(throughMathNet.State, direct.State);
    }
}
