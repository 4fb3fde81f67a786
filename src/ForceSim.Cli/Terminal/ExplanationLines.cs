using ForceSim.Engine.Grading;
using ForceSim.Model.Rubrics;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>Why each area is likely to get its grade: a sentence per area, then each measure's thresholds and margins.</summary>
public static class ExplanationLines
{
    public static void Print(IReadOnlyList<GradeExplanation> explanations)
    {
        ArgumentNullException.ThrowIfNull(explanations);
        if (explanations.Count == 0)
        {
            return;
        }

        var rules = string.Join(", ", explanations.Select(e => GradeNames.Key(e.Combine)).Distinct());
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"Why these grades: each measure at its mean (rule: {rules}; * decided the area's grade)"))
            .AddColumn("Measure")
            .AddColumn(new TableColumn("Mean").RightAligned())
            .AddColumn("Thresholds O/G/A/RI")
            .AddColumn("Alone")
            .AddColumn("Next grade up")
            .AddColumn("Next grade down");
        foreach (var area in explanations)
        {
            table.AddRow(new Markup($"[bold]{Markup.Escape(area.Name)}[/]"));
            foreach (var r in ExplanationRow.From(area))
            {
                table.AddRow(Markup.Escape((r.Decides ? "* " : "  ") + r.Measure), Markup.Escape(r.Mean), Markup.Escape(r.Thresholds), Markup.Escape(r.Grade), Markup.Escape(r.Up), Markup.Escape(r.Down));
            }
        }

        AnsiConsole.Write(table);
        foreach (var area in explanations)
        {
            AnsiConsole.MarkupLine(Markup.Escape(area.Sentence(ExplanationRow.Phrase)));
        }
    }
}
