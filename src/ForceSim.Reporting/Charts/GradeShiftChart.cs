using ForceSim.Model.Rubrics;
using ScottPlot;

namespace ForceSim.Reporting.Charts;

/// <summary>One graded area's chance of each grade, in the base (first) and each option, in scenario order.</summary>
public sealed record AreaGradeShift(string Area, IReadOnlyList<IReadOnlyDictionary<InspectionGrade, double>> Probabilities);

/// <summary>
/// How each area's grade probabilities move from the base to each option: per area, per grade, a bar for the base
/// and one for each option. The target (good or better) is the dashed line between "Good" and "Adequate".
/// </summary>
public static class GradeShiftChart
{
    private static readonly string[] Short = ["Out.", "Good", "Adeq.", "RI", "Inad."];

    /// <param name="view">"full population" or "inspection sample", for the title.</param>
    /// <param name="scenarios">The base's name, then each option's, in the order of <see cref="AreaGradeShift.Probabilities"/>.</param>
    public static byte[] Render(string view, IReadOnlyList<string> scenarios, IReadOnlyList<AreaGradeShift> areas)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(areas);
        using var plot = ChartStyle.NewPlot(
            $"Shift in likely inspection grades, base to options ({view})",
            "Grade (Out. outstanding, Adeq. adequate, RI requires improvement, Inad. inadequate)",
            "Probability over replications (%)");
        if (areas.Count == 0 || scenarios.Count == 0)
        {
            ChartStyle.NoData(plot, "No area was graded");
            return ChartStyle.ToPng(plot);
        }

        var grades = GradeNames.All;
        var groupWidth = grades.Count + 1.5;
        var slot = 0.8 / scenarios.Count;
        var bars = scenarios.Select(_ => new List<Bar>()).ToList();
        var ticks = new List<(double, string)>();
        for (var a = 0; a < areas.Count; a++)
        {
            var origin = a * groupWidth;
            for (var g = 0; g < grades.Count; g++)
            {
                var centre = origin + g;
                ticks.Add((centre, Short[g]));
                for (var s = 0; s < scenarios.Count && s < areas[a].Probabilities.Count; s++)
                {
                    var p = areas[a].Probabilities[s].TryGetValue(grades[g], out var value) ? value : 0;
                    bars[s].Add(new Bar { Position = centre - 0.4 + (slot * (s + 0.5)), Value = 100 * p, Size = slot * 0.92, FillColor = ChartStyle.Series(s), LineWidth = 0 });
                }
            }

            var label = plot.Add.Text(areas[a].Area, origin + ((grades.Count - 1) / 2.0), 108);
            label.LabelFontName = ChartStyle.FontName;
            label.LabelFontSize = 14;
            label.LabelStyle.Bold = true;
            label.Alignment = Alignment.MiddleCenter;
            // Below the area's name, so the two never overlap.
            var target = plot.Add.Line(origin + 1.5, 0, origin + 1.5, 102);
            target.LineWidth = 2;
            target.LineColor = Colors.Black;
            target.LinePattern = LinePattern.Dashed;
            target.LegendText = a == 0 ? "Target: good or better (left of the dashed line)" : "";
            if (a > 0)
            {
                plot.Add.VerticalLine(origin - 1.25, 1, Colors.Gray.WithAlpha(0.5), LinePattern.Dotted);
            }
        }

        for (var s = 0; s < scenarios.Count; s++)
        {
            var plottable = plot.Add.Bars(bars[s]);
            plottable.LegendText = s == 0 ? $"Base: {scenarios[s]}" : scenarios[s];
        }

        plot.Axes.Bottom.TickGenerator = ChartStyle.Categories(ticks);
        plot.Axes.SetLimits(-0.75, ((areas.Count - 1) * groupWidth) + grades.Count - 0.25, 0, 115);
        plot.Axes.Left.TickGenerator = ChartStyle.Categories(Enumerable.Range(0, 6).Select(i => (i * 20.0, (i * 20).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        plot.ShowLegend(Edge.Bottom);
        return ChartStyle.ToPng(plot, ChartStyle.Width + (Math.Max(0, areas.Count - 3) * 250), ChartStyle.Height + (20 * scenarios.Count));
    }
}
