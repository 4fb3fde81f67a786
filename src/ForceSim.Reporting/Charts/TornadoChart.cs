using ScottPlot;

namespace ForceSim.Reporting.Charts;

/// <summary>One input's swing: the measure with that input at its low and at its high setting (e.g. from tornado.csv).</summary>
public sealed record TornadoBar(string Parameter, double Low, double High)
{
    /// <summary>The 95% interval of the measure at the low setting (from the paired difference with the base), when known.</summary>
    public ValueInterval? LowInterval { get; init; }

    /// <summary>The same at the high setting.</summary>
    public ValueInterval? HighInterval { get; init; }
}

/// <summary>A 95% interval drawn as an error bar.</summary>
public readonly record struct ValueInterval(double Lower, double Upper);

/// <summary>Tornado chart: horizontal bars from the base value to the low and high results, widest swing on top.</summary>
public static class TornadoChart
{
    public static byte[] Render(IReadOnlyList<TornadoBar> bars, double baseValue, string measureLabel, string title = "Which inputs matter most")
    {
        ArgumentNullException.ThrowIfNull(bars);
        var ordered = bars.OrderBy(b => Math.Abs(b.High - b.Low)).ToList();
        var height = Math.Max(ChartStyle.Height, 140 + (ordered.Count * 34));
        using var plot = ChartStyle.NewPlot(title, measureLabel, "");
        if (ordered.Count == 0)
        {
            ChartStyle.NoData(plot, "No input was varied");
            return ChartStyle.ToPng(plot);
        }

        var low = new List<Bar>();
        var high = new List<Bar>();
        for (var i = 0; i < ordered.Count; i++)
        {
            low.Add(new Bar { Position = i, ValueBase = baseValue, Value = ordered[i].Low, Size = 0.7, FillColor = ChartStyle.Series(0), LineWidth = 0 });
            high.Add(new Bar { Position = i, ValueBase = baseValue, Value = ordered[i].High, Size = 0.7, FillColor = ChartStyle.Series(1), LineWidth = 0 });
        }

        var lows = plot.Add.Bars(low);
        lows.Horizontal = true;
        lows.LegendText = "Input at its low setting";
        var highs = plot.Add.Bars(high);
        highs.Horizontal = true;
        highs.LegendText = "Input at its high setting";
        var intervals = ErrorBars(plot, ordered);
        var line = plot.Add.VerticalLine(baseValue, 2, Colors.Black);
        line.LegendText = $"Base {ChartStyle.Number(baseValue, "0.###")}";
        plot.Axes.Left.TickGenerator = ChartStyle.Categories(ordered.Select((b, i) => ((double)i, b.Parameter)));
        var min = Math.Min(ordered.Min(b => Math.Min(Math.Min(b.Low, b.High), baseValue)), intervals.Min);
        var max = Math.Max(ordered.Max(b => Math.Max(Math.Max(b.Low, b.High), baseValue)), intervals.Max);
        var pad = Math.Max((max - min) * 0.08, 1e-9);
        plot.Axes.SetLimits(min - pad, max + pad, -0.6, ordered.Count - 0.4);
        plot.ShowLegend(Alignment.LowerRight);
        return ChartStyle.ToPng(plot, ChartStyle.Width + 100, height);
    }

    /// <summary>
    /// Black error bars for the 95% intervals, just below each bar's centre for the low setting and just above for the high,
    /// so a swing the replications cannot tell from noise shows as a bar its interval crosses the base line on.
    /// </summary>
    private static (double Min, double Max) ErrorBars(Plot plot, List<TornadoBar> ordered)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        var drawn = false;
        for (var i = 0; i < ordered.Count; i++)
        {
            foreach (var (interval, offset) in new[] { (ordered[i].LowInterval, -0.14), (ordered[i].HighInterval, 0.14) })
            {
                if (interval is not { } v || !double.IsFinite(v.Lower) || !double.IsFinite(v.Upper))
                {
                    continue;
                }

                var y = i + offset;
                var bar = plot.Add.Line(v.Lower, y, v.Upper, y);
                bar.LineColor = Colors.Black;
                bar.LineWidth = 1.5f;
                foreach (var x in new[] { v.Lower, v.Upper })
                {
                    var cap = plot.Add.Line(x, y - 0.08, x, y + 0.08);
                    cap.LineColor = Colors.Black;
                    cap.LineWidth = 1.5f;
                }

                if (!drawn)
                {
                    bar.LegendText = "95% interval (paired with the base)";
                    drawn = true;
                }

                min = Math.Min(min, v.Lower);
                max = Math.Max(max, v.Upper);
            }
        }

        return (min, max);
    }
}
