using ForceSim.Engine.Running;
using ForceSim.Reporting.Posteriors;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>
/// With <c>--posterior</c>: for each headline measure, the 95% interval with parameter uncertainty, the interval replication
/// noise alone would give, and the share of the variance that is parameter uncertainty.
/// </summary>
public static class PosteriorTable
{
    public static void Print(PosteriorSummary? posterior, SortedDictionary<string, MeasureSummary> summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (posterior is null)
        {
            return;
        }

        AnsiConsole.MarkupLine(Markup.Escape(Describe(posterior)));
        if (posterior.Measures.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Measure")
            .AddColumn(new TableColumn("95% CI with parameters").RightAligned())
            .AddColumn(new TableColumn("noise alone").RightAligned())
            .AddColumn(new TableColumn("parameter share").RightAligned());
        foreach (var measure in MeasureCatalog.Headline)
        {
            if (posterior.Measures.TryGetValue(measure.Name, out var split) && summary.TryGetValue(measure.Name, out var s))
            {
                table.AddRow(
                    Markup.Escape(measure.Label),
                    MeasureFormat.Interval(s.Lower, s.Upper, measure.Unit),
                    MeasureFormat.Interval(split.NoiseOnlyLower, split.NoiseOnlyUpper, measure.Unit),
                    MeasureFormat.Percent(split.ParameterShare));
            }
        }

        AnsiConsole.Write(table);
    }

    /// <summary>For a what-if: of each headline measure's paired change from the base, the share of variance that is parameter uncertainty.</summary>
    public static void PrintChange(PosteriorSummary posterior)
    {
        ArgumentNullException.ThrowIfNull(posterior);
        PrintChange(posterior.ChangeFromBase);
    }

    /// <summary>The same table for any paired changes' splits (a budget's recommended mix against its base).</summary>
    public static void PrintChange(SortedDictionary<string, ParameterSplit> changeFromBase)
    {
        ArgumentNullException.ThrowIfNull(changeFromBase);
        if (changeFromBase.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Change from the base")
            .AddColumn(new TableColumn("mean change").RightAligned())
            .AddColumn(new TableColumn("noise alone").RightAligned())
            .AddColumn(new TableColumn("parameter share").RightAligned());
        foreach (var measure in MeasureCatalog.Headline)
        {
            if (changeFromBase.TryGetValue(measure.Name, out var split))
            {
                table.AddRow(
                    Markup.Escape(measure.Label),
                    Markup.Escape(MeasureFormat.Change(split.Mean, measure.Unit)),
                    Markup.Escape($"{MeasureFormat.Change(split.NoiseOnlyLower, measure.Unit)} – {MeasureFormat.Change(split.NoiseOnlyUpper, measure.Unit)}"),
                    MeasureFormat.Percent(split.ParameterShare));
            }
        }

        AnsiConsole.Write(table);
    }

    /// <summary>One line: the posterior, how many parameter sets were drawn, and the parameters the request kept at its own value.</summary>
    public static string Describe(PosteriorSummary posterior)
    {
        ArgumentNullException.ThrowIfNull(posterior);
        return $"Posterior {posterior.File} (model version {posterior.ModelVersion}): {posterior.Parameters.Count} parameter(s), "
            + $"{posterior.Draws.Distinct().Count()} distinct parameter set(s) drawn over {posterior.Draws.Count} replication(s)"
            + (posterior.Kept.Count > 0 ? $"; kept at this scenario's own value: {string.Join(", ", posterior.Kept)}" : "") + ".";
    }
}
