using ForceSim.Engine.Running;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>The run's headline table: measure, mean, 95% CI and the standard it is held to.</summary>
public static class ResultsTable
{
    public static Table Build(SortedDictionary<string, MeasureSummary> summary, int replications)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Measure")
            .AddColumn(new TableColumn("Mean").RightAligned())
            .AddColumn(new TableColumn(replications > 1 ? "95% CI" : "95% CI (needs 2+ replications)").RightAligned())
            .AddColumn("Target");
        foreach (var measure in MeasureCatalog.Headline)
        {
            if (!summary.TryGetValue(measure.Name, out var s) || s.Mean is null)
            {
                table.AddRow(Markup.Escape(measure.Label), "–", Markup.Escape(EmptyMeasure.Text(measure.Name, s is not null)), Markup.Escape(measure.Target ?? ""));
                continue;
            }

            table.AddRow(
                Markup.Escape(measure.Label),
                MeasureFormat.Value(s.Mean, measure.Unit),
                MeasureFormat.Interval(s.Lower, s.Upper, measure.Unit),
                Markup.Escape(measure.Target ?? ""));
        }

        return table;
    }
}
