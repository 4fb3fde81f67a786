using System.Globalization;
using ForceSim.Experiments.Cad;
using ForceSim.Reporting.Cad;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>What <c>export cad</c> and <c>import cad</c> print: what was written, what was fitted, and what was skipped and why.</summary>
public static class CadView
{
    public static void PrintExport(CadExportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Console.WriteLine(Invariant($"{result.OutputPath}: {result.Rows} incidents of {string.Join(", ", result.Forces)} from {result.From:yyyy-MM-dd} ({result.Days:0.#} days)."));
    }

    public static void PrintImport(CadImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var fit = result.Fit;
        AnsiConsole.WriteLine(Invariant($"Read {result.Rows} rows: {fit.Incidents} incidents of {fit.ForceId} fitted, {result.BadRows} bad row(s) skipped, {result.OtherForceRows} of other forces skipped."));
        foreach (var bad in result.FirstBadRows)
        {
            AnsiConsole.WriteLine(Invariant($"  line {bad.Line}: {bad.Problem}"));
        }

        if (result.BadRows > result.FirstBadRows.Count)
        {
            AnsiConsole.WriteLine(Invariant($"  … and {result.BadRows - result.FirstBadRows.Count} more bad row(s)"));
        }

        AnsiConsole.WriteLine(Invariant($"Period: {fit.From:yyyy-MM-dd HH:mm} to {fit.To:yyyy-MM-dd HH:mm} ({fit.SpanDays:0.#} days)."));
        AnsiConsole.WriteLine(string.Join("; ", fit.AnnualVolume.Select(v => Invariant($"{CadNames.Of(v.Key)} {v.Value:N0} a year"))));
        AnsiConsole.Write(Types(fit));
        if (fit.Areas.Count > 0)
        {
            AnsiConsole.WriteLine("Areas: " + string.Join(", ", fit.Areas.Select(a => Invariant($"{a.Id} {a.Share:P1}"))));
        }

        foreach (var note in fit.Notes)
        {
            AnsiConsole.WriteLine("Note: " + note);
        }

        AnsiConsole.WriteLine(result.FragmentPath is { } path ? $"Wrote {path}." : "No --out: the fragment was not written.");
    }

    private static Table Types(CadFit fit)
    {
        var table = new Table().AddColumns("Type", "Incidents", "Grade given", "On-scene fit", "Mean (fitted / sample)", "ΔAIC to next");
        foreach (var type in fit.Types)
        {
            var onScene = type.OnScene;
            var next = onScene?.Candidates.Select(c => c.Aic).Order().Skip(1).FirstOrDefault(double.NaN) - onScene?.Candidates.Min(c => c.Aic);
            table.AddRow(
                Markup.Escape(type.Id),
                type.Count.ToString("N0", CultureInfo.InvariantCulture),
                Invariant($"{CadNames.Of(type.Grade)} {type.GradeShares[type.Grade]:P0}"),
                onScene is null ? "—" : Invariant($"{onScene.Family} (n={onScene.Count})"),
                onScene is null ? "—" : Invariant($"{onScene.Chosen.Mean:0.0} / {onScene.SampleMean:0.0} min"),
                next is { } d && !double.IsNaN(d) ? Invariant($"{d:0.0}") : "—");
        }

        return table;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
