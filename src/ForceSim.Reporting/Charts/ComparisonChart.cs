using ScottPlot;

namespace ForceSim.Reporting.Charts;

/// <summary>One measure's change from the base with its paired 95% interval (all in the chart's unit).</summary>
public sealed record ComparisonBar(string Measure, double Difference, double Lower, double Upper);

/// <summary>Every compared measure of one option.</summary>
public sealed record ComparisonSeries(string Option, IReadOnlyList<ComparisonBar> Bars);

/// <summary>Horizontal bars of each option's change from the base, with paired 95% CIs as error bars.</summary>
public static class ComparisonChart
{
    public static byte[] Render(string baseName, IReadOnlyList<ComparisonSeries> options, string unitLabel)
    {
        ArgumentNullException.ThrowIfNull(options);
        var measures = options.SelectMany(o => o.Bars.Select(b => b.Measure)).Distinct().ToList();
        using var plot = ChartStyle.NewPlot($"Change from \"{baseName}\" with paired 95% CI", $"Option minus base ({unitLabel})", "");
        var height = Math.Max(ChartStyle.Height, 140 + (measures.Count * Math.Max(1, options.Count) * 26));
        if (measures.Count == 0)
        {
            ChartStyle.NoData(plot, "No measure could be compared");
            return ChartStyle.ToPng(plot);
        }

        var slot = 0.8 / options.Count;
        var extreme = 0.0;
        for (var o = 0; o < options.Count; o++)
        {
            var bars = new List<Bar>();
            foreach (var bar in options[o].Bars)
            {
                // Top to bottom in the order given: the first measure gets the highest position.
                var row = measures.Count - 1 - measures.IndexOf(bar.Measure);
                var half = Math.Max(0, (bar.Upper - bar.Lower) / 2);
                extreme = Math.Max(extreme, Math.Max(Math.Abs(bar.Lower), Math.Abs(bar.Upper)));
                extreme = Math.Max(extreme, Math.Abs(bar.Difference));
                bars.Add(new Bar
                {
                    Position = row + 0.4 - (slot * (o + 0.5)),
                    Value = bar.Difference,
                    Error = half,
                    Size = slot * 0.9,
                    FillColor = ChartStyle.Series(o),
                    // The error bar is drawn with the bar's line, so the outline doubles as it.
                    LineWidth = 1.5f,
                    LineColor = Colors.Black,
                    ErrorSize = 0.3,
                });
            }

            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
            plottable.LegendText = options[o].Option;
        }

        plot.Add.VerticalLine(0, 1.5f, Colors.Black);
        plot.Axes.Left.TickGenerator = ChartStyle.Categories(measures.Select((m, i) => ((double)(measures.Count - 1 - i), m)));
        var span = extreme <= 0 ? 1 : extreme * 1.1;
        plot.Axes.SetLimits(-span, span, -0.6, measures.Count - 0.4);
        plot.ShowLegend(Alignment.LowerRight);
        return ChartStyle.ToPng(plot, ChartStyle.Width + 100, height);
    }
}
