using ForceSim.Model.Assumptions;
using MathNet.Numerics.Distributions;

namespace ForceSim.Experiments.Calibration;

/// <summary>
/// A declared prior (docs/assumptions-format.md) truncated to its plausible range: drawn by the inverse of its
/// distribution function over the range, so every draw takes one uniform number and always lands inside the range.
/// </summary>
public sealed class PriorDistribution
{
    private readonly IContinuousDistribution _shape;
    private readonly double _lowCdf;
    private readonly double _mass;
    private readonly Func<double, double> _cdf;
    private readonly Func<double, double> _inverse;
    private readonly Func<double, double> _density;

    public PriorDistribution(AssumedParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        Low = parameter.Low;
        High = parameter.High;
        var prior = parameter.Prior;
        var width = High - Low;
        switch (prior.Shape)
        {
            case PriorShape.Normal:
                var normal = new Normal(prior.Mean, prior.Sd);
                (_shape, _cdf, _inverse, _density) = (normal, normal.CumulativeDistribution, normal.InverseCumulativeDistribution, normal.Density);
                break;
            case PriorShape.LogNormal:
                // The file gives the mean and sd of the value; the log's parameters follow from them.
                var sigma2 = Math.Log(1 + (prior.Sd * prior.Sd / (prior.Mean * prior.Mean)));
                var lognormal = new LogNormal(Math.Log(prior.Mean) - (sigma2 / 2), Math.Sqrt(sigma2));
                (_shape, _cdf, _inverse, _density) = (lognormal, lognormal.CumulativeDistribution, lognormal.InverseCumulativeDistribution, lognormal.Density);
                break;
            case PriorShape.Beta:
                var beta = new Beta(prior.Alpha, prior.Beta);
                (_shape, _cdf, _inverse, _density) = (beta, x => beta.CumulativeDistribution((x - Low) / width), u => Low + (width * beta.InverseCumulativeDistribution(u)), x => beta.Density((x - Low) / width) / width);
                break;
            default:
                var uniform = new ContinuousUniform(Low, High);
                (_shape, _cdf, _inverse, _density) = (uniform, uniform.CumulativeDistribution, u => Low + (u * width), uniform.Density);
                break;
        }

        _lowCdf = _cdf(Low);
        _mass = Math.Max(_cdf(High) - _lowCdf, double.Epsilon);
    }

    public double Low { get; }

    public double High { get; }

    /// <summary>The family's name, for reports.</summary>
    public string Family => _shape.GetType().Name;

    /// <summary>The value below which a share <paramref name="p"/> of the truncated prior lies.</summary>
    public double Quantile(double p) => Math.Clamp(_inverse(_lowCdf + (p * _mass)), Low, High);

    public double Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Quantile(random.NextDouble());
    }

    /// <summary>The truncated density; zero outside the range.</summary>
    public double Density(double x) => x < Low || x > High ? 0 : _density(x) / _mass;
}
