using ScottPlot;

namespace ForceSim.Reporting.Charts;

/// <summary>One scenario's attendance times of a grade: a fixed-width histogram, plus those beyond its last bin.</summary>
public sealed record AttendanceSeries(string Name, double BinWidthMinutes, IReadOnlyList<long> Bins, long Overflow)
{
    public long Total => Bins.Sum() + Overflow;

    /// <summary>Share attended within <paramref name="minutes"/> (linear within a bin).</summary>
    public double WithinMinutes(double minutes)
    {
        var position = minutes / BinWidthMinutes;
        var whole = (int)Math.Min(Math.Floor(position), Bins.Count);
        double below = 0;
        for (var i = 0; i < whole; i++)
        {
            below += Bins[i];
        }

        if (whole < Bins.Count)
        {
            below += Bins[whole] * (position - whole);
        }

        return Total == 0 ? 0 : below / Total;
    }
}

/// <summary>
/// The base's and each option's attendance times of one grade on one chart, as the share attended within each time
/// (a cumulative distribution, so the curves can be read against the target line and against each other).
/// </summary>
public static class AttendanceComparisonChart
{
    private const int Points = 300;

    public static byte[] Render(string grade, IReadOnlyList<AttendanceSeries> series, IReadOnlyList<AttendanceTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(targets);
        var targetMax = targets.Count == 0 ? 0 : targets.Max(t => t.Minutes);
        var attended = series.Where(s => s.Total > 0).ToList();
        var shown = Math.Max(targetMax * 2, attended.Count == 0 ? 0 : attended.Max(s => Quantile(s, 0.95)));
        shown = Math.Min(shown, series.Count == 0 ? shown : series.Max(s => s.Bins.Count * s.BinWidthMinutes));
        var scale = shown > 600 ? 60.0 : 1.0;
        var unit = scale > 1 ? "hours" : "minutes";
        using var plot = ChartStyle.NewPlot($"{grade} incidents: time to arrive at scene, base and options", $"Attendance time ({unit})", "Attended within the time (% of attended incidents)");
        if (attended.Count == 0 || shown <= 0)
        {
            ChartStyle.NoData(plot, $"No {grade.ToLowerInvariant()} incident was attended");
            return ChartStyle.ToPng(plot);
        }

        for (var s = 0; s < series.Count; s++)
        {
            if (series[s].Total == 0)
            {
                continue;
            }

            var xs = Enumerable.Range(0, Points + 1).Select(i => shown * i / Points).ToArray();
            var ys = xs.Select(x => 100 * series[s].WithinMinutes(x)).ToArray();
            var line = plot.Add.ScatterLine(xs.Select(x => x / scale).ToArray(), ys, ChartStyle.Series(s));
            line.LineWidth = s == 0 ? 3 : 2;
            line.LinePattern = s == 0 ? LinePattern.Solid : LinePattern.DenselyDashed;
            var within = targets.Count == 0 ? "" : $": {ChartStyle.Percent(series[s].WithinMinutes(targets[0].Minutes))} within {ChartStyle.Number(targets[0].Minutes / scale)} {(scale > 1 ? "h" : "min")}";
            line.LegendText = $"{(s == 0 ? "Base: " : "")}{series[s].Name}{within}";
        }

        for (var t = 0; t < targets.Count; t++)
        {
            var target = targets[t];
            var marker = plot.Add.VerticalLine(target.Minutes / scale, 2, t == 0 ? Colors.Black : Colors.DimGray, t == 0 ? LinePattern.Dashed : LinePattern.Dotted);
            marker.LegendText = $"Target {ChartStyle.Number(target.Minutes / scale)} {(scale > 1 ? "h" : "min")}{(target.Label.Length > 0 ? $" ({target.Label})" : "")}";
        }

        plot.Axes.SetLimits(0, shown / scale, 0, 105);
        plot.ShowLegend(Alignment.LowerRight);
        return ChartStyle.ToPng(plot);
    }

    private static double Quantile(AttendanceSeries series, double q)
    {
        var wanted = q * series.Total;
        double cumulative = 0;
        for (var i = 0; i < series.Bins.Count; i++)
        {
            cumulative += series.Bins[i];
            if (cumulative >= wanted)
            {
                return (i + 1) * series.BinWidthMinutes;
            }
        }

        return series.Bins.Count * series.BinWidthMinutes;
    }
}
