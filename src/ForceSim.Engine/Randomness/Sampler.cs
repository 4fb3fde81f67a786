using ForceSim.Model.Distributions;
using MathNet.Numerics.Distributions;

namespace ForceSim.Engine.Randomness;

/// <summary>
/// A scenario distribution turned into textbook parameters once, so each draw is a single
/// MathNet.Numerics call (or its exact copy on the engine's generator) with no per-draw set-up.
/// </summary>
public sealed class Sampler
{
    private readonly DistributionKind _kind;
    private readonly double _p1;
    private readonly double _p2;
    private readonly double[] _values;
    private readonly double[] _cumulative;
    private readonly bool _direct;

    public Sampler(Distribution distribution)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        _kind = distribution.Kind;
        _values = [];
        _cumulative = [];
        Mean = distribution.Mean;
        switch (distribution.Kind)
        {
            case DistributionKind.Constant:
                _p1 = distribution.A;
                break;
            case DistributionKind.Exponential:
                _p1 = 1.0 / distribution.A;
                break;
            case DistributionKind.LogNormal when distribution.B <= 0:
                _kind = DistributionKind.Constant;
                _p1 = distribution.A;
                break;
            case DistributionKind.LogNormal:
                // Fit (mu, sigma) of the underlying normal to the stated mean and standard deviation.
                var ratio = distribution.B / distribution.A;
                var variance = Math.Log(1 + (ratio * ratio));
                _p2 = Math.Sqrt(variance);
                _p1 = Math.Log(distribution.A) - (variance / 2);
                break;
            case DistributionKind.Gamma:
                _p1 = distribution.B;
                _p2 = distribution.B / distribution.A;
                break;
            case DistributionKind.Uniform:
                _p1 = distribution.A;
                _p2 = distribution.B;
                break;
            case DistributionKind.Empirical:
                _values = [.. distribution.Values];
                _cumulative = new double[_values.Length];
                double total = 0;
                for (var i = 0; i < _values.Length; i++)
                {
                    total += distribution.Weights.Count == 0 ? 1.0 : distribution.Weights[i];
                    _cumulative[i] = total;
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(distribution), distribution.Kind, "Unknown distribution kind.");
        }

        _direct = Accepted(_kind, _p1, _p2);
    }

    public double Mean { get; }

    public bool IsConstant => _kind == DistributionKind.Constant;

    public double Sample(Random random) => _kind switch
    {
        DistributionKind.Constant => _p1,
        DistributionKind.Exponential => Exponential.Sample(random, _p1),
        DistributionKind.LogNormal => LogNormal.Sample(random, _p1, _p2),
        DistributionKind.Gamma => Gamma.Sample(random, _p1, _p2),
        DistributionKind.Uniform => ContinuousUniform.Sample(random, _p1, _p2),
        _ => SampleEmpirical(random),
    };

    /// <summary>
    /// The same draw as <see cref="Sample(Random)"/> from the engine's own generator, without MathNet's virtual call per
    /// uniform: <see cref="EngineDraws"/> repeats MathNet's algorithms step for step, so no result changes. Parameters
    /// MathNet would reject (or NaN) still go through MathNet, so it still throws or answers as before.
    /// </summary>
    public double Sample(SeededRandom random) => _kind switch
    {
        DistributionKind.Constant => _p1,
        _ when !_direct => Sample((Random)random),
        DistributionKind.Exponential => EngineDraws.Exponential(random, _p1),
        DistributionKind.LogNormal => EngineDraws.LogNormal(random, _p1, _p2),
        DistributionKind.Gamma => EngineDraws.Gamma(random, _p1, _p2),
        DistributionKind.Uniform => EngineDraws.Uniform(random, _p1, _p2),
        _ => SampleEmpirical(random),
    };

    /// <summary>Whether MathNet accepts the parameters without question: the only ones drawn without it.</summary>
    private static bool Accepted(DistributionKind kind, double p1, double p2) => kind switch
    {
        DistributionKind.Exponential => p1 >= 0,
        DistributionKind.LogNormal => !double.IsNaN(p1) && p2 >= 0,
        DistributionKind.Gamma => p1 >= 0 && p2 >= 0,
        DistributionKind.Uniform => !double.IsNaN(p1) && !double.IsNaN(p2) && p1 <= p2,
        _ => true,
    };

    private double SampleEmpirical(Random random)
    {
        // The first value whose cumulative weight exceeds u: a value with zero weight owns no slice.
        var u = random.NextDouble() * _cumulative[^1];
        int low = 0, high = _cumulative.Length - 1;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (_cumulative[mid] > u)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return _values[low];
    }
}
