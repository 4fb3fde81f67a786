using System.Globalization;
using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Validation;

/// <summary>Compares per-replication simulation output with an exact value through a confidence interval.</summary>
internal static class ConfidenceCheck
{
    /// <summary>
    /// 99% rather than the usual 95%. The suite makes about thirty interval checks, each at a fixed seed. At 95%
    /// one or two of them would be expected to fall outside their interval purely by chance whenever an innocent
    /// engine change reshuffles the random numbers, turning the build red for nothing; at 99% that expectation
    /// drops to about 0.3. The intervals stay narrow (about ±1–2% of the value for the probabilities, ±4–8% for
    /// mean waits and queue lengths), so a real bias larger than that still fails, and the half-width limit makes
    /// sure a check cannot pass by being vague.
    /// </summary>
    public const double Confidence = 0.99;

    /// <summary>Asserts <paramref name="exact"/> lies inside the 99% interval of <paramref name="values"/>, and that the interval is narrow.</summary>
    /// <param name="what">What is compared, for the failure message.</param>
    /// <param name="exact">The theoretical value.</param>
    /// <param name="values">One value per replication.</param>
    /// <param name="maxRelativeHalfWidth">Largest half-width accepted, as a share of the exact value.</param>
    public static MeasureSummary Contains(string what, double exact, IReadOnlyCollection<double?> values, double maxRelativeHalfWidth = 0.05)
    {
        ArgumentNullException.ThrowIfNull(values);
        var summary = MeasureSummary.Of(values, Confidence);
        Assert.True(summary.N == values.Count && summary.N >= 2, $"{what}: {summary.N} of {values.Count} replications have a value.");
        var halfWidth = (summary.Upper!.Value - summary.Lower!.Value) / 2;
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{what}: exact {exact:G6}; simulated {summary.Mean:G6}, 99% CI [{summary.Lower:G6}, {summary.Upper:G6}] (±{halfWidth / Math.Abs(exact):P2}) over {summary.N} replications");
        Assert.True(summary.Contains(exact), text);
        Assert.True(halfWidth < maxRelativeHalfWidth * Math.Abs(exact), $"{text}; interval wider than ±{maxRelativeHalfWidth:P0} of the exact value");
        return summary;
    }

    /// <summary>
    /// Little's law L = λ·W, replication by replication: the time-average queue length against the arrival rate
    /// times the mean time in queue. Both sides come from the same replication, so they agree far more closely than
    /// either agrees with theory; only the calls straddling the ends of the measured period separate them.
    /// </summary>
    /// <param name="what">Which queue, for the failure message.</param>
    /// <param name="queueLength">L per replication.</param>
    /// <param name="arrivalRateTimesWait">λ·W per replication, in the same time unit as L's.</param>
    /// <param name="maxRelativeDifference">Largest |L − λW| / λW accepted in any replication (at these seeds the worst is about 0.1%).</param>
    public static void LittlesLaw(string what, IReadOnlyList<double?> queueLength, IReadOnlyList<double?> arrivalRateTimesWait, double maxRelativeDifference = 0.02)
    {
        ArgumentNullException.ThrowIfNull(queueLength);
        ArgumentNullException.ThrowIfNull(arrivalRateTimesWait);
        Assert.Equal(queueLength.Count, arrivalRateTimesWait.Count);
        for (var i = 0; i < queueLength.Count; i++)
        {
            var l = queueLength[i]!.Value;
            var lw = arrivalRateTimesWait[i]!.Value;
            var difference = Math.Abs(l - lw) / lw;
            Assert.True(
                difference <= maxRelativeDifference,
                string.Create(CultureInfo.InvariantCulture, $"{what}, replication {i}: L = {l:G6} but λW = {lw:G6} ({difference:P2} apart)"));
        }

        // Queue lengths vary between replications as much as waits do (about ±8% for the lower dispatch grade).
        Contains($"{what}: L against the mean of λW", arrivalRateTimesWait.Average(v => v!.Value), queueLength, 0.12);
    }
}
