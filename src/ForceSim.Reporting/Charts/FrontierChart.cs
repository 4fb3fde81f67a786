using ScottPlot;

namespace ForceSim.Reporting.Charts;

/// <summary>One step along a budget frontier: the cumulative annual cost so far and the objective it buys.</summary>
public sealed record FrontierPoint(double CumulativeCostGbp, double Objective, string Label = "");

/// <summary>Cost–outcome frontier: what each extra pound buys, step by step (e.g. from budget-frontier.csv).</summary>
public static class FrontierChart
{
    private const int MaxLabelledPoints = 15;

    public static byte[] Render(IReadOnlyList<FrontierPoint> points, string objectiveLabel, string title = "Cost–outcome frontier")
    {
        ArgumentNullException.ThrowIfNull(points);
        using var plot = ChartStyle.NewPlot(title, "Cumulative extra annual cost (£ thousand)", objectiveLabel);
        if (points.Count == 0)
        {
            ChartStyle.NoData(plot, "No frontier point");
            return ChartStyle.ToPng(plot);
        }

        var ordered = points.OrderBy(p => p.CumulativeCostGbp).ToList();
        var xs = ordered.Select(p => p.CumulativeCostGbp / 1000).ToArray();
        var ys = ordered.Select(p => p.Objective).ToArray();
        var line = plot.Add.Scatter(xs, ys, ChartStyle.Series(0));
        line.LineWidth = 2;
        line.MarkerSize = 8;
        line.LegendText = "Frontier (each step the best value for money)";
        if (ordered.Count <= MaxLabelledPoints)
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                if (ordered[i].Label.Length == 0)
                {
                    continue;
                }

                var text = plot.Add.Text(ordered[i].Label, xs[i], ys[i]);
                text.LabelFontName = ChartStyle.FontName;
                text.LabelFontSize = 11;
                text.OffsetX = 6;
                text.OffsetY = -6;
                text.Alignment = Alignment.LowerLeft;
            }
        }

        // Room on the right for the last point's label.
        var span = Math.Max(xs[^1] - xs[0], 1);
        plot.Axes.Margins(0.05, 0.12);
        plot.Axes.SetLimitsX(xs[0] - (span * 0.05), xs[^1] + (span * 0.18));
        plot.ShowLegend(Alignment.LowerRight);
        return ChartStyle.ToPng(plot);
    }
}
