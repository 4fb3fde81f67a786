using ForceSim.Model.Distributions;
using static System.FormattableString;

namespace ForceSim.Model.Loading;

/// <summary>
/// Keeps a distribution's parameters where the engine's sampler can fit them: a lognormal with mean 3 and sd 3e300,
/// or a mean of 1e-320, squares or divides to infinity and every draw is NaN, which no later check would notice.
/// No police time or count comes near these limits. The binder's ranges (<see cref="InputLimits"/>) already cap most
/// values lower; these checks keep the sampler safe whatever those caps become.
/// </summary>
internal static class DistributionLimits
{
    /// <summary>The largest parameter or value: a billion minutes is about 1,900 years.</summary>
    public const double Largest = 1e9;

    /// <summary>The smallest mean or shape: below it, dividing by it overflows.</summary>
    public const double Smallest = 1e-9;

    /// <summary>Reports each parameter of <paramref name="distribution"/> outside the limits, on its own key.</summary>
    public static void Check(MappingReader reader, Distribution distribution)
    {
        switch (distribution.Kind)
        {
            case DistributionKind.Constant:
                AtMost(reader, "value", distribution.A);
                break;
            case DistributionKind.Exponential:
                Between(reader, "mean", distribution.A);
                break;
            case DistributionKind.LogNormal:
                Between(reader, "mean", distribution.A);
                AtMost(reader, "sd", distribution.B);
                break;
            case DistributionKind.Gamma:
                Between(reader, "mean", distribution.A);
                Between(reader, "shape", distribution.B);
                break;
            case DistributionKind.Uniform:
                AtMost(reader, "min", distribution.A);
                AtMost(reader, "max", distribution.B);
                break;
            case DistributionKind.Empirical:
                AtMost(reader, "values", distribution.Values.DefaultIfEmpty().Max());
                AtMost(reader, "weights", distribution.Weights.DefaultIfEmpty().Max());
                break;
        }
    }

    private static void AtMost(MappingReader reader, string key, double value)
    {
        if (value > Largest)
        {
            reader.Report(key, Invariant($"must be at most {Largest:0} (got {value}); larger values overflow when the distribution is sampled"));
        }
    }

    private static void Between(MappingReader reader, string key, double value)
    {
        AtMost(reader, key, value);
        if (value < Smallest)
        {
            reader.Report(key, Invariant($"must be at least {Smallest:0.#########} (got {value}); smaller values overflow when the distribution is sampled"));
        }
    }
}
