using System.Text;
using ForceSim.Engine.Running;

namespace ForceSim.Reporting.Sweeps;

/// <summary>One bar of a tornado chart: a measure's mean with one factor at its low and at its high, the others at the base.</summary>
public sealed record TornadoBar(string Factor, string Measure, double? Low, double? High, double? Base)
{
    /// <summary>|high − low|; <c>null</c> when either is missing.</summary>
    public double? Swing => Low is { } l && High is { } h ? Math.Abs(h - l) : null;
}

/// <summary>Builds and renders one-at-a-time sensitivity (tornado) data: <c>factor,measure,low_value,high_value,base_value,swing</c>.</summary>
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
                bars.Add(new TornadoBar(factors[f], measure, low.GetValueOrDefault(measure), high.GetValueOrDefault(measure), baseMeans.GetValueOrDefault(measure)));
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
        var text = new StringBuilder("factor,measure,low_value,high_value,base_value,swing\n");
        foreach (var bar in bars)
        {
            text.Append(SweepTable.Escape(bar.Factor)).Append(',').Append(SweepTable.Escape(bar.Measure)).Append(',')
                .Append(SweepTable.Format(bar.Low)).Append(',').Append(SweepTable.Format(bar.High)).Append(',')
                .Append(SweepTable.Format(bar.Base)).Append(',').Append(SweepTable.Format(bar.Swing)).Append('\n');
        }

        return text.ToString();
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
