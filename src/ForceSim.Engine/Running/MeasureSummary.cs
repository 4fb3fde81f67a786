using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace ForceSim.Engine.Running;

/// <summary>
/// Mean and Student-t confidence interval of one measure across replications. Replications are
/// independent and identically distributed, so the t interval on their means is the standard method.
/// </summary>
public sealed record MeasureSummary(double? Mean, double? Lower, double? Upper, double? StandardDeviation, int N)
{
    public static MeasureSummary Of(IEnumerable<double?> values, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(values);
        var observed = values.Where(v => v.HasValue).Select(v => v!.Value).ToArray();
        if (observed.Length == 0)
        {
            return new MeasureSummary(null, null, null, null, 0);
        }

        var mean = observed.Mean();
        if (observed.Length < 2)
        {
            return new MeasureSummary(mean, null, null, null, observed.Length);
        }

        var sd = observed.StandardDeviation();
        var t = StudentT.InvCDF(0, 1, observed.Length - 1, 1 - ((1 - confidence) / 2));
        var half = t * sd / Math.Sqrt(observed.Length);
        return new MeasureSummary(mean, mean - half, mean + half, sd, observed.Length);
    }

    public bool Contains(double value) => Lower <= value && value <= Upper;
}
