using ForceSim.Engine.Grading;
using ForceSim.Model.Rubrics;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>The threshold shifts (±5 points) that would change an area's most likely grade.</summary>
public static class SensitivityLines
{
    public static void Print(IReadOnlyList<ThresholdShift> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var changes = rows.Where(r => r.ChangesGrade).ToList();
        if (changes.Count == 0)
        {
            AnsiConsole.MarkupLine("Grade sensitivity: no single threshold moved by ±5 points changes any area's most likely grade.");
            return;
        }

        AnsiConsole.MarkupLine(Markup.Escape($"Grade sensitivity: {changes.Count} of {rows.Count} single-threshold shifts of ±5 points change a most likely grade:"));
        foreach (var r in changes)
        {
            AnsiConsole.MarkupLine(Markup.Escape(
                $"  {r.Area}: {MeasureLabels.Of(r.Measure)} {GradeNames.Label(r.Threshold)} threshold {MeasureFormat.Value(r.Original, MeasureLabels.UnitOf(r.Measure))} → {MeasureFormat.Value(r.Shifted, MeasureLabels.UnitOf(r.Measure))}: "
                + $"{(r.BaselineGrade is { } b ? GradeNames.Label(b) : "–")} → {(r.ShiftedGrade is { } s ? GradeNames.Label(s) : "–")}"));
        }
    }
}
