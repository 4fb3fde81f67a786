using ForceSim.Engine.Randomness;
using ForceSim.Model.Distributions;

namespace ForceSim.Engine.Tests.Randomness;

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
        var direct = new SeededRandom(77);
        var throughMathNet = new SeededRandom(77);

        for (var i = 0; i < 20_000; i++)
        {
            var expected = sampler.Sample((Random)throughMathNet);
            var drawn = sampler.Sample(direct);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(drawn));
        }

        Assert.Equal(throughMathNet.State, direct.State);
    }
}
