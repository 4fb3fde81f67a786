using ForceSim.Model.Rubrics;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>One option against the base: headline measures, then the chance of each area being graded requires improvement or worse.</summary>
public static class ComparisonTable
{
    /// <param name="paired">False for independent runs (<c>--unpaired</c>): the title and column say the intervals are unpaired (Welch).</param>
    public static Table Build(string baseName, string optionName, IReadOnlyList<OptionDifference> differences, bool paired = true)
    {
        ArgumentNullException.ThrowIfNull(differences);
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(paired ? $"{optionName} vs {baseName}" : $"{optionName} vs {baseName} (unpaired: independent runs)"))
            .AddColumn("Measure")
            .AddColumn(new TableColumn("Base").RightAligned())
            .AddColumn(new TableColumn("Option").RightAligned())
            .AddColumn(new TableColumn(paired ? "Change (paired 95% CI)" : "Change (unpaired Welch 95% CI)").RightAligned())
            .AddColumn("");
        var byName = differences.ToDictionary(d => d.Measure, StringComparer.Ordinal);
        foreach (var display in MeasureCatalog.Headline)
        {
            if (!byName.TryGetValue(display.Name, out var d) || d.BaseMean is null)
            {
                continue;
            }

            table.AddRow(
                Markup.Escape(display.Label),
                MeasureFormat.Value(d.BaseMean, display.Unit),
                MeasureFormat.Value(d.OptionMean, display.Unit),
                Markup.Escape($"{MeasureFormat.Change(d.Difference, display.Unit)} ({MeasureFormat.Change(d.Lower, display.Unit)} to {MeasureFormat.Change(d.Upper, display.Unit)})"),
                d.Distinguishable ? "" : "not distinguishable from zero");
        }

        foreach (var area in differences.Select(d => d.Measure).Where(m => m.StartsWith("grades.", StringComparison.Ordinal)).Select(m => m.Split('.')[1]).Distinct())
        {
            var worse = GradeNames.All.Where(g => g >= InspectionGrade.RequiresImprovement)
                .Select(g => byName.GetValueOrDefault($"grades.{area}.inspection.{GradeNames.Key(g)}"))
                .Where(d => d is not null)
                .ToList();
            if (worse.Count == 0 || worse.Any(d => d!.BaseMean is null))
            {
                continue;
            }

            table.AddRow(
                Markup.Escape($"Chance {area.Replace('_', ' ')} is graded RI or worse (inspection view)"),
                Percent(worse.Sum(d => d!.BaseMean!.Value)),
                Percent(worse.Sum(d => d!.OptionMean ?? 0)),
                "",
                "");
        }

        return table;
    }

    private static string Percent(double value) => MeasureFormat.Percent(value);
}
