using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>A summary's sentences on the terminal, under "In brief", before any table: what a chief officer reads first.</summary>
public static class SummaryLines
{
    public static void Print(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (sentences.Count == 0)
        {
            return;
        }

        AnsiConsole.MarkupLine("[bold]In brief[/]");
        foreach (var sentence in sentences)
        {
            AnsiConsole.MarkupLine("  " + Markup.Escape(sentence));
        }

        AnsiConsole.WriteLine();
    }
}
