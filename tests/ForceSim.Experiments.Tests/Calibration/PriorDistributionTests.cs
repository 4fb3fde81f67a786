using ForceSim.Engine.Randomness;
using ForceSim.Experiments.Calibration;
using ForceSim.Model.Assumptions;

namespace ForceSim.Experiments.Tests.Calibration;

/// <summary>
/// The priors and the perturbation kernel the ABC-SMC weights are built from: each truncated to the plausible range,
/// each a density that integrates to one over it, so a particle's weight (prior ÷ kernel mixture) is exact.
/// </summary>
public sealed class PriorDistributionTests
{
    public static TheoryData<ParameterPrior> Priors => new()
    {
        ParameterPrior.Uniform,
        new ParameterPrior(PriorShape.Normal, Mean: 30, Sd: 5),
        new ParameterPrior(PriorShape.LogNormal, Mean: 25, Sd: 10),
        new ParameterPrior(PriorShape.Beta, Alpha: 2, Beta: 5),
    };

    [Theory]
    [MemberData(nameof(Priors))]
    public void Every_prior_draws_inside_its_range_and_its_density_integrates_to_one_over_it(ParameterPrior prior)
    {
        var distribution = new PriorDistribution(new AssumedParameter { Path = "a.b", Low = 20, High = 60, Reason = "test", Prior = prior });
        var random = new SeededRandom(7);

        var draws = Enumerable.Range(0, 2000).Select(_ => distribution.Sample(random)).ToList();

        Assert.All(draws, d => Assert.InRange(d, 20, 60));
        Assert.Equal(1, Integrate(distribution.Density, 20, 60), 3);
        Assert.InRange(draws.Order().ElementAt(1000), distribution.Quantile(0.45), distribution.Quantile(0.55));
    }

    [Fact]
    public void The_kernel_moves_each_parameter_inside_its_range_with_a_density_that_integrates_to_one()
    {
        var priors = new[] { new PriorDistribution(new AssumedParameter { Path = "a.b", Low = 0, High = 1, Reason = "test" }) };
        var population = new[] { new Particle([0.05], 0.5, 1, []), new Particle([0.3], 0.5, 1, []) };
        var kernel = new PerturbationKernel(priors, population);
        var random = new SeededRandom(3);

        var moves = Enumerable.Range(0, 1000).Select(_ => kernel.Perturb([0.05], random)[0]).ToList();

        Assert.All(moves, m => Assert.InRange(m, 0, 1));
        Assert.Equal(Math.Sqrt(2 * 0.125 * 0.125), kernel.StandardDeviations[0], 9);
        Assert.Equal(1, Integrate(x => kernel.Density([0.05], [x]), 0, 1), 3);
    }

    private static double Integrate(Func<double, double> density, double low, double high)
    {
        const int Steps = 20000;
        var width = (high - low) / Steps;
        return Enumerable.Range(0, Steps).Sum(i => density(low + ((i + 0.5) * width)) * width);
    }
}
