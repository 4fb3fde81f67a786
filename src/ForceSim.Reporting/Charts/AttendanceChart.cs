using ScottPlot;

namespace ForceSim.Reporting.Charts;

/// <summary>An attendance target drawn on the distribution, e.g. ("urban", 15).</summary>
public sealed record AttendanceTarget(string Label, double Minutes);

/// <summary>
/// Attendance times of one grade as a fixed-width histogram (counts per bin of <see cref="BinWidthMinutes"/>,
/// plus those beyond the last bin) and the targets it is held to. With two targets (urban and rural) the histogram cannot
/// tell which incident had which, so <see cref="WithinOwnTarget"/> carries the share within each incident's own target.
/// </summary>
public sealed record AttendanceDistribution(
    string Grade,
    double BinWidthMinutes,
    IReadOnlyList<long> Bins,
    long Overflow,
    IReadOnlyList<AttendanceTarget> Targets,
    double? WithinOwnTarget = null);

/// <summary>Attendance-time distribution of one grade against its target(s).</summary>
public static class AttendanceChart
{
    private const int TargetBars = 50;

    public static byte[] Render(AttendanceDistribution distribution)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        var total = distribution.Bins.Sum() + distribution.Overflow;
        var targetMax = distribution.Targets.Count == 0 ? 0 : distribution.Targets.Max(t => t.Minutes);
        var shown = total == 0 ? targetMax : Math.Max(targetMax * 1.5, Quantile(distribution, total, 0.99));
        shown = Math.Min(shown, distribution.Bins.Count * distribution.BinWidthMinutes);

        // Slow grades (a scheduled appointment within 48 hours) read better in hours.
        var scale = shown > 600 ? 60.0 : 1.0;
        var unit = scale > 1 ? "hours" : "minutes";
        var title = $"{distribution.Grade} incidents: time to arrive at scene";
        using var plot = ChartStyle.NewPlot(title, $"Attendance time ({unit})", "Share of attended incidents (%)");
        if (total == 0)
        {
            ChartStyle.NoData(plot, $"No {distribution.Grade.ToLowerInvariant()} incident was attended");
            return ChartStyle.ToPng(plot);
        }

        var width = NiceWidth(shown / scale / TargetBars, distribution.BinWidthMinutes / scale) * scale;
        var perBar = Math.Max(1, (int)Math.Round(width / distribution.BinWidthMinutes));
        width = perBar * distribution.BinWidthMinutes;

        var bars = new List<Bar>();
        long counted = 0;
        for (var start = 0; start * distribution.BinWidthMinutes < shown && start < distribution.Bins.Count; start += perBar)
        {
            long count = 0;
            for (var i = start; i < Math.Min(start + perBar, distribution.Bins.Count); i++)
            {
                count += distribution.Bins[i];
            }

            counted += count;
            var left = start * distribution.BinWidthMinutes;
            bars.Add(new Bar
            {
                Position = (left + (width / 2)) / scale,
                Value = 100.0 * count / total,
                Size = width * 0.92 / scale,
                FillColor = left >= targetMax && targetMax > 0 ? ChartStyle.Series(3) : ChartStyle.Series(0),
                LineWidth = 0,
            });
        }

        plot.Add.Bars(bars);
        for (var t = 0; t < distribution.Targets.Count; t++)
        {
            var target = distribution.Targets[t];
            var line = plot.Add.VerticalLine(target.Minutes / scale, 2.5f, t == 0 ? Colors.Black : Colors.DimGray, t == 0 ? LinePattern.Dashed : LinePattern.Dotted);
            var minutes = $"{ChartStyle.Number(target.Minutes / scale)} {(scale > 1 ? "h" : "min")}";
            var share = ChartStyle.Percent(FractionAtMost(distribution, total, target.Minutes));
            line.LegendText = distribution.Targets.Count > 1
                ? $"{minutes} ({target.Label} target): {share} of all within it"
                : $"Target {minutes}{(target.Label.Length > 0 ? $" ({target.Label})" : "")}: {share} within";
        }

        if (distribution.WithinOwnTarget is { } own && distribution.Targets.Count > 1)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"Each within its own target: {ChartStyle.Percent(own)}" });
        }

        var hidden = total - counted;
        if (hidden > 0)
        {
            plot.Title($"{title} ({ChartStyle.Percent((double)hidden / total)} beyond {ChartStyle.Number(bars.Count * width / scale, "0")} {(scale > 1 ? "h" : "min")} not shown)", 18);
        }

        plot.Axes.SetLimits(0, Math.Max(bars.Count * width, targetMax * 1.05) / scale, 0, Math.Max(1, bars.Max(b => b.Value)) * 1.12);
        plot.ShowLegend(Alignment.UpperRight);
        return ChartStyle.ToPng(plot);
    }

    private static double NiceWidth(double raw, double binWidth)
    {
        foreach (var magnitude in new[] { 0.1, 1, 10, 100, 1000 })
        {
            foreach (var step in new[] { 1.0, 2, 5 })
            {
                var candidate = step * magnitude;
                if (candidate >= raw && candidate >= binWidth)
                {
                    return candidate;
                }
            }
        }

        return Math.Max(raw, binWidth);
    }

    private static double FractionAtMost(AttendanceDistribution d, long total, double minutes)
    {
        var position = minutes / d.BinWidthMinutes;
        var whole = (int)Math.Min(Math.Floor(position), d.Bins.Count);
        double below = 0;
        for (var i = 0; i < whole; i++)
        {
            below += d.Bins[i];
        }

        if (whole < d.Bins.Count)
        {
            below += d.Bins[whole] * (position - whole);
        }

        return below / total;
    }

    private static double Quantile(AttendanceDistribution d, long total, double q)
    {
        var target = q * total;
        double cumulative = 0;
        for (var i = 0; i < d.Bins.Count; i++)
        {
            cumulative += d.Bins[i];
            if (cumulative >= target)
            {
                return (i + 1) * d.BinWidthMinutes;
            }
        }

        return d.Bins.Count * d.BinWidthMinutes;
    }
}
