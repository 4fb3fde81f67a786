using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace ForceSim.Engine.Running;

/// <summary>
/// Mean and Student-t confidence interval of one measure across replications. Replications are
/// independent and identically distributed, so the t interval on their means is the standard method; where it would
/// leave the range the measure can take (a negative wait, a share above one), a skewed or bounded measure gets a
/// percentile bootstrap interval instead (<see cref="Bootstrapped"/>), which cannot.
/// </summary>
public sealed record MeasureSummary(double? Mean, double? Lower, double? Upper, double? StandardDeviation, int N)
{
    /// <summary>True when the interval is the percentile bootstrap, because the t interval left the measure's range.</summary>
    public bool Bootstrapped { get; init; }

    /// <summary>The summary of a named measure: the t interval where it stays within the measure's range (<see cref="MeasureRange"/>), otherwise the bootstrap.</summary>
    public static MeasureSummary Of(string name, IEnumerable<double?> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        var observed = values.Where(v => v.HasValue).Select(v => v!.Value).ToArray();
        var summary = Of(observed.Select(v => (double?)v));
        if (summary is not { Mean: { } mean, Lower: { } lower, Upper: { } upper }
            || (lower >= MeasureRange.Lowest(name) && upper <= MeasureRange.Highest(name)))
        {
            return summary;
        }

        // The bootstrap's percentiles can miss a mean pulled far by one value among few; the interval always holds it.
        var (bootLower, bootUpper) = BootstrapInterval.Of(name, observed);
        return summary with { Lower = Math.Min(bootLower, mean), Upper = Math.Max(bootUpper, mean), Bootstrapped = true };
    }

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
