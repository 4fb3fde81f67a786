using System.Globalization;
using ScottPlot;

namespace ForceSim.Reporting.Charts;

/// <summary>One force on the league chart: its label, region (the bar's colour), mean share and 95% interval.</summary>
public sealed record LeagueBar(string Force, string Region, double Mean, double? Lower, double? Upper);

/// <summary>
/// Horizontal bars of one share per force, best first, coloured by region, with the 95% interval as an error bar
/// (its half-width) and dashed lines at the standard and at a published figure to set them against.
/// </summary>
public static class LeagueChart
{
    public static byte[] Render(string title, string xLabel, IReadOnlyList<LeagueBar> forces, (double Value, string Label) standard, (double Value, string Label) published)
    {
        ArgumentNullException.ThrowIfNull(forces);
        using var plot = ChartStyle.NewPlot(title, xLabel, "");
        var height = Math.Max(ChartStyle.Height, 160 + (forces.Count * 22));
        if (forces.Count == 0)
        {
            ChartStyle.NoData(plot, "No force was measured");
            return ChartStyle.ToPng(plot);
        }

        var ordered = forces.OrderByDescending(f => f.Mean).ThenBy(f => f.Force, StringComparer.Ordinal).ToList();
        var regions = ordered.Select(f => f.Region).Distinct().Order(StringComparer.Ordinal).ToList();
        for (var r = 0; r < regions.Count; r++)
        {
            var bars = new List<Bar>();
            for (var i = 0; i < ordered.Count; i++)
            {
                var force = ordered[i];
                if (force.Region == regions[r])
                {
                    var half = force is { Lower: { } lower, Upper: { } upper } ? Math.Max(0, (upper - lower) / 2) : 0;
                    bars.Add(new Bar
                    {
                        Position = ordered.Count - 1 - i,
                        Value = 100 * force.Mean,
                        Error = 100 * half,
                        Size = 0.8,
                        FillColor = RegionColour(r, regions.Count),
                        LineWidth = 1,
                        LineColor = Colors.Black.WithAlpha(0.6),
                        ErrorSize = 0.3,
                    });
                }
            }

            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
            plottable.LegendText = regions[r].Length > 0 ? regions[r] : "No region";
        }

        Line(plot, standard, LinePattern.Dashed);
        Line(plot, published, LinePattern.Dotted);
        plot.Axes.Left.TickGenerator = ChartStyle.Categories(ordered.Select((f, i) => ((double)(ordered.Count - 1 - i), f.Force)));
        plot.Axes.Bottom.TickGenerator = ChartStyle.Categories(Enumerable.Range(0, 6).Select(i => (i * 20.0, (i * 20).ToString(CultureInfo.InvariantCulture))));
        plot.Axes.SetLimits(0, 105, -0.6, ordered.Count - 0.4);
        plot.ShowLegend(Edge.Right);
        return ChartStyle.ToPng(plot, ChartStyle.Width + 350, height);
    }

    /// <summary>The report's palette while it has a colour for each region; Category10's ten distinct colours beyond (England and Wales has ten regions).</summary>
    private static Color RegionColour(int index, int regions) =>
        regions <= ChartStyle.Palette.Count ? ChartStyle.Series(index) : new ScottPlot.Palettes.Category10().GetColor(index);

    private static void Line(Plot plot, (double Value, string Label) level, LinePattern pattern)
    {
        var line = plot.Add.VerticalLine(100 * level.Value, 2, Colors.Black.WithAlpha(0.8), pattern);
        line.LegendText = level.Label;
    }
}
