using MathNet.Numerics.Distributions;

namespace ForceSim.Experiments.Calibration;

/// <summary>
/// The move from one generation to the next (Beaumont et al. 2009): each parameter independently by a normal step
/// whose variance is twice the previous population's weighted variance, truncated to the parameter's plausible range
/// so no proposal is wasted outside the prior. Truncation is renormalised, so <see cref="Density"/> is exact.
/// </summary>
public sealed class PerturbationKernel
{
    private readonly double[] _sd;
    private readonly IReadOnlyList<PriorDistribution> _priors;

    public PerturbationKernel(IReadOnlyList<PriorDistribution> priors, IReadOnlyList<Particle> population)
    {
        ArgumentNullException.ThrowIfNull(priors);
        ArgumentNullException.ThrowIfNull(population);
        _priors = priors;
        _sd = new double[priors.Count];
        var total = population.Sum(p => p.Weight);
        for (var j = 0; j < priors.Count; j++)
        {
            var index = j;
            var mean = population.Sum(p => p.Weight * p.Values[index]) / total;
            var variance = population.Sum(p => p.Weight * Math.Pow(p.Values[index] - mean, 2)) / total;
            // A collapsed parameter keeps a small step so the next generation can still move it.
            _sd[j] = Math.Max(Math.Sqrt(2 * variance), 1e-4 * (priors[j].High - priors[j].Low));
        }
    }

    /// <summary>The step's standard deviation per parameter.</summary>
    public IReadOnlyList<double> StandardDeviations => _sd;

    public double[] Perturb(IReadOnlyList<double> from, Random random)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(random);
        var to = new double[from.Count];
        for (var j = 0; j < from.Count; j++)
        {
            var (a, b) = Bounds(j, from[j]);
            var u = a + (random.NextDouble() * (b - a));
            to[j] = Math.Clamp(from[j] + (_sd[j] * Normal.InvCDF(0, 1, u)), _priors[j].Low, _priors[j].High);
        }

        return to;
    }

    /// <summary>The density of moving from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public double Density(IReadOnlyList<double> from, IReadOnlyList<double> to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var density = 1.0;
        for (var j = 0; j < from.Count; j++)
        {
            var (a, b) = Bounds(j, from[j]);
            density *= Normal.PDF(from[j], _sd[j], to[j]) / Math.Max(b - a, double.Epsilon);
        }

        return density;
    }

    /// <summary>The standard normal's distribution function at the range's ends, seen from <paramref name="centre"/>.</summary>
    private (double A, double B) Bounds(int j, double centre) =>
        (Normal.CDF(0, 1, (_priors[j].Low - centre) / _sd[j]), Normal.CDF(0, 1, (_priors[j].High - centre) / _sd[j]));
}
