using ScottPlot;

namespace ForceSim.Reporting.Charts;

/// <summary>
/// The calibration report's charts: each parameter's posterior against its prior range (marginal), pairs of parameters
/// across the posterior (pairwise), and every target's predictive interval against its observation (predictive check).
/// </summary>
public static class PosteriorCharts
{
    private const int Bins = 12;

    /// <summary>A weighted histogram of one parameter over its whole prior range, with the scenario's own value marked.</summary>
    public static byte[] Marginal(string parameter, double low, double high, IReadOnlyList<double> values, IReadOnlyList<double> weights, double scenarioValue)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(weights);
        using var plot = ChartStyle.NewPlot(parameter, "Value (the axis spans the prior range)", "Posterior weight");
        var width = (high - low) / Bins;
        var heights = new double[Bins];
        for (var i = 0; i < values.Count; i++)
        {
            heights[Math.Clamp((int)((values[i] - low) / width), 0, Bins - 1)] += weights[i];
        }

        var bars = heights.Select((h, b) => new Bar { Position = low + ((b + 0.5) * width), Value = h, Size = width * 0.95, FillColor = ChartStyle.Series(0), LineWidth = 0 }).ToList();
        plot.Add.Bars(bars).LegendText = "Posterior";
        var uniform = plot.Add.HorizontalLine(1.0 / Bins, 1.5f, ChartStyle.Series(1), LinePattern.Dashed);
        uniform.LegendText = "Flat over the range";
        if (double.IsFinite(scenarioValue))
        {
            plot.Add.VerticalLine(scenarioValue, 2, Colors.Black).LegendText = $"Scenario's value {ChartStyle.Number(scenarioValue, "0.###")}";
        }

        plot.Axes.SetLimits(low, high, 0, Math.Max(heights.Max(), 1.0 / Bins) * 1.15);
        plot.ShowLegend(Alignment.UpperRight);
        return ChartStyle.ToPng(plot, 640, 400);
    }

    /// <summary>Two parameters across the posterior, each particle a dot sized by its weight.</summary>
    public static byte[] Pair(string first, string second, IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<double> weights, double correlation)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(weights);
        using var plot = ChartStyle.NewPlot($"Correlation {ChartStyle.Number(correlation, "0.00")}", first, second);
        var largest = Math.Max(weights.Max(), double.Epsilon);
        for (var i = 0; i < x.Count; i++)
        {
            var marker = plot.Add.Marker(x[i], y[i], MarkerShape.FilledCircle, (float)(4 + (10 * weights[i] / largest)), ChartStyle.Series(0).WithAlpha(0.6));
            marker.LegendText = i == 0 ? "Posterior particle (size: weight)" : "";
        }

        plot.ShowLegend(Alignment.UpperRight);
        return ChartStyle.ToPng(plot, 640, 480);
    }

    /// <summary>
    /// Each target's posterior-predictive 95% interval and median in units of the observation's standard deviation from
    /// the observed value (0 is a perfect fit); held-out targets in another colour.
    /// </summary>
    public static byte[] Predictive(IReadOnlyList<(string Label, double Lower, double Median, double Upper, bool Holdout)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var plot = ChartStyle.NewPlot("Predictive check: where the posterior expects each figure", "Distance from the observed figure (its standard deviations)", "");
        for (var i = 0; i < rows.Count; i++)
        {
            var y = rows.Count - 1 - i;
            var colour = rows[i].Holdout ? ChartStyle.Series(3) : ChartStyle.Series(0);
            var line = plot.Add.Line(rows[i].Lower, y, rows[i].Upper, y);
            line.LineColor = colour;
            line.LineWidth = 4;
            plot.Add.Marker(rows[i].Median, y, MarkerShape.FilledCircle, 9, colour);
        }

        plot.Add.VerticalLine(0, 2, Colors.Black).LegendText = "Observed";
        plot.Axes.Left.TickGenerator = ChartStyle.Categories(rows.Select((r, i) => ((double)(rows.Count - 1 - i), r.Holdout ? r.Label + " (holdout)" : r.Label)));
        var extent = Math.Max(3, rows.Count == 0 ? 3 : rows.Max(r => Math.Max(Math.Abs(r.Lower), Math.Abs(r.Upper))) * 1.1);
        plot.Axes.SetLimits(-Math.Min(extent, 12), Math.Min(extent, 12), -0.7, rows.Count - 0.3);
        plot.ShowLegend(Alignment.LowerRight);
        return ChartStyle.ToPng(plot, ChartStyle.Width + 200, Math.Max(ChartStyle.Height, 120 + (rows.Count * 40)));
    }
}
