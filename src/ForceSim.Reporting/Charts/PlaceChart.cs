using System.Globalization;
using ScottPlot;

namespace ForceSim.Reporting.Charts;

/// <summary>One place (an area or a station) on a chart: its label and a value per series (null: nothing to show).</summary>
public sealed record PlaceValues(string Place, IReadOnlyList<double?> Values);

/// <summary>
/// Grouped bars by place, in per cent: attendance within target by area (one bar per grade), or workload by station.
/// An optional horizontal reference line marks a level to compare with (the force-wide figure).
/// </summary>
public static class PlaceChart
{
    public static byte[] Render(string title, string yLabel, IReadOnlyList<string> series, IReadOnlyList<PlaceValues> places, double? reference = null, string referenceLabel = "")
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(places);
        using var plot = ChartStyle.NewPlot(title, "", yLabel);
        if (places.Count == 0 || places.All(p => p.Values.All(v => v is null)))
        {
            ChartStyle.NoData(plot, "Nothing was measured by place");
            return ChartStyle.ToPng(plot);
        }

        var width = 0.8 / series.Count;
        var ticks = new List<(double, string)>();
        var top = 100.0;
        for (var s = 0; s < series.Count; s++)
        {
            var bars = new List<Bar>();
            for (var p = 0; p < places.Count; p++)
            {
                if (places[p].Values[s] is { } value)
                {
                    var position = p - 0.4 + ((s + 0.5) * width);
                    bars.Add(new Bar { Position = position, Value = 100 * value, Size = width * 0.95, FillColor = ChartStyle.Series(s), LineWidth = 0 });
                    top = Math.Max(top, 100 * value);
                }
            }

            var added = plot.Add.Bars(bars);
            added.LegendText = series[s];
        }

        for (var p = 0; p < places.Count; p++)
        {
            // A place's qualifier (its setting and target) goes on a second line, so long district names do not overlap.
            ticks.Add((p, places[p].Place.Replace(" (", "\n(", StringComparison.Ordinal)));
        }

        if (reference is { } level)
        {
            var line = plot.Add.HorizontalLine(100 * level, 2, Colors.Black.WithAlpha(0.7), LinePattern.Dashed);
            line.LegendText = referenceLabel;
        }

        plot.Axes.Bottom.TickGenerator = ChartStyle.Categories(ticks);
        plot.Axes.SetLimits(-0.6, places.Count - 0.4, 0, top * 1.1);
        plot.Axes.Left.TickGenerator = ChartStyle.Categories(Enumerable.Range(0, (int)(top / 20) + 1).Select(i => (i * 20.0, (i * 20).ToString(CultureInfo.InvariantCulture))));
        plot.ShowLegend(Edge.Bottom);
        return ChartStyle.ToPng(plot, ChartStyle.Width + (Math.Max(0, places.Count - 6) * 90));
    }
}
