using ForceSim.Model.Rubrics;
using ScottPlot;

namespace ForceSim.Reporting.Charts;

/// <summary>The chance of each grade in one area: from the full population and as an inspection's samples would award it.</summary>
public sealed record AreaGradeProbabilities(
    string Area,
    IReadOnlyDictionary<InspectionGrade, double> Population,
    IReadOnlyDictionary<InspectionGrade, double> Inspection);

/// <summary>Grouped bars: per area, the probability of each grade, full population beside inspection sample.</summary>
public static class GradeChart
{
    private static readonly string[] Short = ["Out.", "Good", "Adeq.", "RI", "Inad."];

    public static byte[] Render(IReadOnlyList<AreaGradeProbabilities> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        using var plot = ChartStyle.NewPlot(
            "Likely inspection grade by area: full population vs inspection sample",
            "Grade (Out. outstanding, Adeq. adequate, RI requires improvement, Inad. inadequate)",
            "Probability over replications (%)");
        if (areas.Count == 0)
        {
            ChartStyle.NoData(plot, "No area was graded");
            return ChartStyle.ToPng(plot);
        }

        var grades = GradeNames.All;
        var groupWidth = grades.Count + 1.5;
        var population = new List<Bar>();
        var inspection = new List<Bar>();
        var ticks = new List<(double, string)>();
        for (var a = 0; a < areas.Count; a++)
        {
            var origin = a * groupWidth;
            for (var g = 0; g < grades.Count; g++)
            {
                var centre = origin + g;
                ticks.Add((centre, Short[g]));
                population.Add(new Bar { Position = centre - 0.2, Value = 100 * Value(areas[a].Population, grades[g]), Size = 0.38, FillColor = ChartStyle.Series(0), LineWidth = 0 });
                inspection.Add(new Bar { Position = centre + 0.2, Value = 100 * Value(areas[a].Inspection, grades[g]), Size = 0.38, FillColor = ChartStyle.Series(1), LineWidth = 0 });
            }

            var label = plot.Add.Text(areas[a].Area, origin + ((grades.Count - 1) / 2.0), 108);
            label.LabelFontName = ChartStyle.FontName;
            label.LabelFontSize = 14;
            label.LabelStyle.Bold = true;
            label.Alignment = Alignment.MiddleCenter;
            if (a > 0)
            {
                plot.Add.VerticalLine(origin - 1.25, 1, Colors.Gray.WithAlpha(0.5), LinePattern.Dotted);
            }
        }

        var populationBars = plot.Add.Bars(population);
        populationBars.LegendText = "Full population";
        var inspectionBars = plot.Add.Bars(inspection);
        inspectionBars.LegendText = "As an inspection's samples would see it";
        plot.Axes.Bottom.TickGenerator = ChartStyle.Categories(ticks);
        plot.Axes.SetLimits(-0.75, ((areas.Count - 1) * groupWidth) + grades.Count - 0.25, 0, 115);
        plot.Axes.Left.TickGenerator = ChartStyle.Categories(Enumerable.Range(0, 6).Select(i => (i * 20.0, (i * 20).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        plot.ShowLegend(Edge.Bottom);
        return ChartStyle.ToPng(plot, ChartStyle.Width + (Math.Max(0, areas.Count - 3) * 250));
    }

    private static double Value(IReadOnlyDictionary<InspectionGrade, double> probabilities, InspectionGrade grade) =>
        probabilities.TryGetValue(grade, out var p) ? p : 0;
}
