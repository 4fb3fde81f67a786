using System.Globalization;
using ForceSim.Engine.Diagnostics;
using ForceSim.Engine.Grading;
using ForceSim.Engine.Running;
using ForceSim.Model.Rubrics;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>
/// The likely inspection grades: per area, the grade from the full simulated year and the chance of each
/// grade as an inspection's small samples would award it, plus the sample proportions with Wilson intervals.
/// </summary>
public static class GradesTable
{
    public static Table Grades(Rubric rubric, ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(result);
        var measures = result.Replications.Select(r => (IReadOnlyDictionary<string, double?>)r.Measures).ToList();
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"Likely grades ({rubric.Name})"))
            .AddColumn("Area")
            .AddColumn("Full population")
            .AddColumn("As an inspection would see it")
            .AddColumn("Chance of requires improvement or worse");
        foreach (var area in rubric.Areas)
        {
            var withheld = result.Diagnostics?.WithheldFor(RunDiagnostics.AllForces, area.Id);
            var population = GradeDistribution.From(area.Id, "population", withheld is null ? measures : []);
            var inspection = GradeDistribution.From(area.Id, "inspection", withheld is null ? measures : []);
            table.AddRow(
                Markup.Escape(area.Name),
                Markup.Escape(withheld?.Message ?? Describe(population)),
                Markup.Escape(Describe(inspection)),
                Markup.Escape(inspection.MostLikely is null ? "–" : Percent(inspection.AtOrBelow(InspectionGrade.RequiresImprovement))));
        }

        return table;
    }

    public static Table Samples(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = new Table().Border(TableBorder.Rounded).Title("Inspection samples (mean over replications; Wilson 95% for one inspection)")
            .AddColumn("Audited")
            .AddColumn(new TableColumn("Items").RightAligned())
            .AddColumn(new TableColumn("Sample proportion").RightAligned())
            .AddColumn(new TableColumn("One inspection's 95% interval").RightAligned())
            .AddColumn(new TableColumn("Full population").RightAligned());
        foreach (var row in InspectionSampleRow.From(result.Summary))
        {
            table.AddRow(
                Markup.Escape(MeasureLabels.Of(row.Measure)),
                row.Items.ToString(CultureInfo.InvariantCulture),
                Percent(row.Proportion),
                $"{Percent(row.Lower)} – {Percent(row.Upper)}",
                row.Population is { } w ? Percent(w) : "–");
        }

        return table;
    }

    private static string Describe(GradeDistribution distribution)
    {
        if (distribution.MostLikely is not { } likely)
        {
            return "not graded";
        }

        var spread = distribution.Probability.Where(p => p.Value > 0).OrderByDescending(p => p.Value)
            .Select(p => $"{GradeNames.Label(p.Key)} {Percent(p.Value)}");
        return string.Join(", ", spread);
    }

    private static string Percent(double value) => MeasureFormat.Percent(value);
}
