using ForceSim.Engine.Diagnostics;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>The stability diagnostics on the terminal: first, in full, when anything was found; otherwise a one-line note.</summary>
public static class DiagnosticsView
{
    public static void Print(RunDiagnostics? diagnostics)
    {
        if (DiagnosticsLines.From(diagnostics) is not { } lines)
        {
            return;
        }

        var colour = diagnostics!.Stable ? (lines.AnythingFound ? "yellow" : "green") : "red";
        AnsiConsole.MarkupLine($"[bold {colour}]{Markup.Escape(lines.Headline)}[/]");
        foreach (var finding in lines.Findings)
        {
            AnsiConsole.MarkupLine("  " + Markup.Escape(finding));
        }

        if (lines.Withheld.Count > 0)
        {
            AnsiConsole.MarkupLine("Grades withheld:");
            foreach (var grade in lines.Withheld)
            {
                AnsiConsole.MarkupLine("  " + Markup.Escape(grade));
            }
        }
    }
}
