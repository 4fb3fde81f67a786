using ScottPlot;

namespace ForceSim.Reporting.Charts;

/// <summary>One line over the 168 hours of a typical week (Monday 00:00 first); NaN marks an hour never observed.</summary>
public sealed record WeeklySeries(string Label, IReadOnlyList<double> Values, bool RightAxis = false, bool Dashed = false);

/// <summary>
/// Typical-week line charts: demand against staffed capacity (contacts offered per hour against handlers on
/// duty; units available for dispatch and busy against incidents waiting) and queue lengths (calls waiting per channel,
/// incidents waiting per grade).
/// </summary>
public static class WeeklyChart
{
    public static byte[] Render(string title, string leftLabel, IReadOnlyList<WeeklySeries> series, string? rightLabel = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        using var plot = ChartStyle.NewPlot(title, "Hour of the week (Monday 00:00 to Sunday 24:00)", leftLabel);
        ChartStyle.WeekAxis(plot);
        var drawn = 0;
        double leftMax = 0, rightMax = 0;
        for (var s = 0; s < series.Count; s++)
        {
            var (xs, ys) = Observed(series[s].Values);
            if (xs.Length == 0)
            {
                continue;
            }

            var line = plot.Add.ScatterLine(xs, ys, ChartStyle.Series(s));
            line.LineWidth = 2;
            line.MarkerSize = 0;
            line.LegendText = series[s].Label;
            if (series[s].Dashed)
            {
                line.LinePattern = LinePattern.Dashed;
            }

            if (series[s].RightAxis)
            {
                line.Axes.YAxis = plot.Axes.Right;
                rightMax = Math.Max(rightMax, ys.Max());
            }
            else
            {
                leftMax = Math.Max(leftMax, ys.Max());
            }

            drawn++;
        }

        if (drawn == 0)
        {
            ChartStyle.NoData(plot, "Nothing was observed in the measured period");
            return ChartStyle.ToPng(plot);
        }

        plot.Axes.SetLimitsY(0, Headroom(leftMax));
        if (rightLabel is not null)
        {
            plot.Axes.Right.Label.Text = rightLabel;
            plot.Axes.Right.Label.FontSize = 14;
            plot.Axes.SetLimitsY(0, Headroom(rightMax), plot.Axes.Right);
        }

        plot.ShowLegend(Alignment.UpperLeft);
        return ChartStyle.ToPng(plot);
    }

    /// <summary>Offered contacts per hour against call handlers on duty and busy.</summary>
    public static byte[] ContactDemand(IReadOnlyList<double> offeredPerHour, IReadOnlyList<double> handlersOnDuty, IReadOnlyList<double> handlersBusy) =>
        Render(
            "Control room: contacts offered and call handlers, typical week",
            "Contacts offered per hour",
            ContactDemandSeries(offeredPerHour, handlersOnDuty, handlersBusy),
            "Call handlers (mean in the hour)");

    /// <summary>The lines of <see cref="ContactDemand"/>, for its CSV.</summary>
    public static IReadOnlyList<WeeklySeries> ContactDemandSeries(IReadOnlyList<double> offeredPerHour, IReadOnlyList<double> handlersOnDuty, IReadOnlyList<double> handlersBusy) =>
    [
        new WeeklySeries("Contacts offered per hour (left axis)", offeredPerHour),
        new WeeklySeries("Call handlers on duty (right axis)", handlersOnDuty, RightAxis: true),
        new WeeklySeries("Call handlers busy (right axis)", handlersBusy, RightAxis: true, Dashed: true),
    ];

    /// <summary>
    /// Response units available for dispatch and busy against incidents waiting for a unit. "Available" is what the
    /// engine counts: on shift, not abstracted, start-of-shift paperwork done; not every officer rostered.
    /// </summary>
    public static byte[] ResponseDemand(IReadOnlyList<double> unitsAvailable, IReadOnlyList<double> unitsBusy, IReadOnlyList<double> incidentsWaiting) =>
        Render(
            "Response: units available for dispatch and busy against incidents waiting, typical week",
            "Response units (mean in the hour)",
            ResponseDemandSeries(unitsAvailable, unitsBusy, incidentsWaiting),
            "Incidents waiting (mean in the hour)");

    /// <summary>The lines of <see cref="ResponseDemand"/>, for its CSV.</summary>
    public static IReadOnlyList<WeeklySeries> ResponseDemandSeries(IReadOnlyList<double> unitsAvailable, IReadOnlyList<double> unitsBusy, IReadOnlyList<double> incidentsWaiting) =>
    [
        new WeeklySeries("Units available for dispatch (left axis)", unitsAvailable),
        new WeeklySeries("Units busy (left axis)", unitsBusy, Dashed: true),
        new WeeklySeries("Incidents waiting for a unit (right axis)", incidentsWaiting, RightAxis: true),
    ];

    private static double Headroom(double max) => max <= 0 ? 1 : max * 1.15;

    private static (double[] Xs, double[] Ys) Observed(IReadOnlyList<double> values)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (var h = 0; h < values.Count; h++)
        {
            if (double.IsFinite(values[h]))
            {
                xs.Add(h + 0.5);
                ys.Add(values[h]);
            }
        }

        return ([.. xs], [.. ys]);
    }
}
