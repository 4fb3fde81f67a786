using System.Text;
using ForceSim.Engine.Running;

namespace ForceSim.Reporting.Sweeps;

/// <summary>One bar of a tornado chart: a measure's mean with one factor at its low and at its high, the others at the base.</summary>
public sealed record TornadoBar(string Factor, string Measure, double? Low, double? High, double? Base)
{
    /// <summary>
    /// The 95% interval of the measure with the factor at its low value: the base mean plus the paired interval of the
    /// replication-by-replication difference (every variant runs with the same seed, so the pairs meet the same callers).
    /// </summary>
    public double? LowLower { get; init; }

    public double? LowUpper { get; init; }

    /// <summary>The same with the factor at its high value.</summary>
    public double? HighLower { get; init; }

    public double? HighUpper { get; init; }

    /// <summary>|high − low|; <c>null</c> when either is missing.</summary>
    public double? Swing => Low is { } l && High is { } h ? Math.Abs(h - l) : null;
}

/// <summary>
/// Builds and renders one-at-a-time sensitivity (tornado) data:
/// <c>factor,measure,low_value,high_value,base_value,swing,low_lower,low_upper,high_lower,high_upper</c> (the last four the
/// paired 95% intervals of the low and high values).
/// </summary>
public static class TornadoCsv
{
    /// <summary>
    /// Bars for every factor and kept measure, largest swing first (bars without a swing last), then by factor and measure
    /// name. <paramref name="lowHigh"/> holds, per factor in order, its low and its high variant's replications.
    /// </summary>
    public static IReadOnlyList<TornadoBar> Bars(
        IReadOnlyList<string> factors,
        IReadOnlyList<ReplicationResult> baseRuns,
        IReadOnlyList<(IReadOnlyList<ReplicationResult> Low, IReadOnlyList<ReplicationResult> High)> lowHigh,
        Func<string, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(baseRuns);
        ArgumentNullException.ThrowIfNull(lowHigh);
        ArgumentNullException.ThrowIfNull(keep);
        var baseMeans = Means(baseRuns);
        var bars = new List<TornadoBar>();
        for (var f = 0; f < factors.Count; f++)
        {
            var low = Means(lowHigh[f].Low);
            var high = Means(lowHigh[f].High);
            foreach (var measure in baseMeans.Keys.Union(low.Keys).Union(high.Keys).Where(keep).Distinct())
            {
                var baseMean = baseMeans.GetValueOrDefault(measure);
                var (lowLower, lowUpper) = Interval(baseRuns, lowHigh[f].Low, measure, baseMean);
                var (highLower, highUpper) = Interval(baseRuns, lowHigh[f].High, measure, baseMean);
                bars.Add(new TornadoBar(factors[f], measure, low.GetValueOrDefault(measure), high.GetValueOrDefault(measure), baseMean)
                {
                    LowLower = lowLower,
                    LowUpper = lowUpper,
                    HighLower = highLower,
                    HighUpper = highUpper,
                });
            }
        }

        return [.. bars
            .OrderBy(b => b.Swing is null)
            .ThenByDescending(b => b.Swing ?? 0)
            .ThenBy(b => b.Factor, StringComparer.Ordinal)
            .ThenBy(b => b.Measure, StringComparer.Ordinal)];
    }

    public static string Render(IReadOnlyList<TornadoBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var text = new StringBuilder("factor,measure,low_value,high_value,base_value,swing,low_lower,low_upper,high_lower,high_upper\n");
        foreach (var bar in bars)
        {
            text.Append(SweepTable.Escape(bar.Factor)).Append(',').Append(SweepTable.Escape(bar.Measure)).Append(',')
                .Append(SweepTable.Format(bar.Low)).Append(',').Append(SweepTable.Format(bar.High)).Append(',')
                .Append(SweepTable.Format(bar.Base)).Append(',').Append(SweepTable.Format(bar.Swing)).Append(',')
                .Append(SweepTable.Format(bar.LowLower)).Append(',').Append(SweepTable.Format(bar.LowUpper)).Append(',')
                .Append(SweepTable.Format(bar.HighLower)).Append(',').Append(SweepTable.Format(bar.HighUpper)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The base mean plus the paired 95% interval of (variant − base), replication by replication; nulls when it cannot be had.</summary>
    private static (double? Lower, double? Upper) Interval(IReadOnlyList<ReplicationResult> baseRuns, IReadOnlyList<ReplicationResult> variantRuns, string measure, double? baseMean)
    {
        if (baseMean is not { } b || baseRuns.Count != variantRuns.Count)
        {
            return (null, null);
        }

        var differences = baseRuns.Zip(variantRuns).Select(p =>
            p.First.Measures.GetValueOrDefault(measure) is { } x && p.Second.Measures.GetValueOrDefault(measure) is { } y ? y - x : (double?)null);
        var summary = MeasureSummary.Of(differences);
        return summary.Lower is { } lower && summary.Upper is { } upper ? (b + lower, b + upper) : (null, null);
    }

    private static SortedDictionary<string, double?> Means(IReadOnlyList<ReplicationResult> runs)
    {
        var means = new SortedDictionary<string, double?>(StringComparer.Ordinal);
        foreach (var (name, summary) in ExperimentResult.Summarise(runs.Select(r => r.Measures)))
        {
            means[name] = summary.Mean;
        }

        return means;
    }
}
