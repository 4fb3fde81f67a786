using ForceSim.Engine.Running;
using ForceSim.Reporting.Tables;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace ForceSim.Experiments.Comparing;

/// <summary>
/// Compares an option with the base replication by replication. Both runs use the same seed, so
/// replication i of each meets the same callers and incidents (common random numbers) and the differences
/// vary far less than the measures themselves: the paired interval is the honest, narrow one.
/// </summary>
public static class PairedComparison
{
    public static OptionDifference Of(ExperimentResult baseline, ExperimentResult option, string measure)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(option);
        if (baseline.Seed != option.Seed || baseline.Replications.Count != option.Replications.Count)
        {
            throw new ArgumentException("A paired comparison needs the same seed and number of replications.", nameof(option));
        }

        var pairs = baseline.Replications.Zip(option.Replications)
            .Select(p => (Base: Value(p.First, measure), Option: Value(p.Second, measure)))
            .Where(p => p.Base is not null && p.Option is not null)
            .Select(p => (Base: p.Base!.Value, Option: p.Option!.Value))
            .ToList();
        var baseMean = MeasureSummary.Of(baseline.Replications.Select(r => Value(r, measure))).Mean;
        var optionMean = MeasureSummary.Of(option.Replications.Select(r => Value(r, measure))).Mean;
        var paired = MeasureSummary.Of(pairs.Select(p => (double?)(p.Option - p.Base)));
        var (unpairedLower, unpairedUpper) = Welch(pairs.Select(p => p.Base).ToArray(), pairs.Select(p => p.Option).ToArray());
        return new OptionDifference(measure, baseMean, optionMean, paired.Mean, paired.Lower, paired.Upper, unpairedLower, unpairedUpper);
    }

    internal static double? Value(ReplicationResult replication, string measure) =>
        replication.Measures.TryGetValue(measure, out var value) ? value : null;

    /// <summary>Welch's 95% interval for the difference of two independent means.</summary>
    internal static (double? Lower, double? Upper) Welch(double[] a, double[] b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return (null, null);
        }

        var va = a.Variance() / a.Length;
        var vb = b.Variance() / b.Length;
        var se = Math.Sqrt(va + vb);
        var difference = b.Mean() - a.Mean();
        if (se == 0)
        {
            return (difference, difference);
        }

        var df = ((va + vb) * (va + vb)) / ((va * va / (a.Length - 1)) + (vb * vb / (b.Length - 1)));
        var t = StudentT.InvCDF(0, 1, df, 0.975);
        return (difference - (t * se), difference + (t * se));
    }
}
