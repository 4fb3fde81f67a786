using ForceSim.Engine.Grading;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>Each option's most likely grade per area against the base's, and which measures crossed which threshold.</summary>
public static class GradeMoveLines
{
    public static void Print(string baseName, IReadOnlyList<OptionGrades> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var option in options)
        {
            AnsiConsole.MarkupLine(Markup.Escape($"Most likely grades, {option.Option} against {baseName}:"));
            foreach (var area in option.Areas)
            {
                AnsiConsole.MarkupLine(Markup.Escape("  " + area.Sentence(ExplanationRow.Phrase)));
            }
        }
    }
}
