using System.Globalization;
using ForceSim.Experiments.Levers;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>The lever catalogue by group, and the annual cost of changes, as terminal tables.</summary>
public static class LeverTables
{
    public static Table Catalogue(string scenarioName, IReadOnlyList<Lever> levers)
    {
        ArgumentNullException.ThrowIfNull(levers);
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"Levers of \"{scenarioName}\""))
            .AddColumn("Setting").AddColumn("Now").AddColumn("Allowed").AddColumn("--set key path");
        foreach (var group in levers.GroupBy(l => l.Group))
        {
            table.AddRow(new Markup($"[bold]{Markup.Escape(LeverGroups.Label(group.Key))}[/]"), Text.Empty, Text.Empty, Text.Empty);
            foreach (var lever in group)
            {
                table.AddRow(
                    Markup.Escape($"  {lever.Label} ({lever.Place})"),
                    Markup.Escape(lever.Current),
                    Markup.Escape(lever.Range),
                    Markup.Escape(lever.Id));
            }
        }

        return table;
    }

    public static Table Price(LeverPrice price)
    {
        ArgumentNullException.ThrowIfNull(price);
        var table = new Table().Border(TableBorder.Rounded).Title("Annual cost of the changes (the scenario's costs)")
            .AddColumn("Change").AddColumn("From").AddColumn("To").AddColumn(new TableColumn("FTE").RightAligned())
            .AddColumn(new TableColumn("Annual cost").RightAligned());
        foreach (var change in price.Changes)
        {
            table.AddRow(
                Markup.Escape($"{change.Lever.Label} ({change.Lever.Place})"),
                Markup.Escape(change.From),
                Markup.Escape(change.To),
                Markup.Escape(change.Fte.ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture)),
                Markup.Escape(LeverService.Pounds(change.AnnualGbp)));
        }

        table.AddRow(new Markup("[bold]All changes together[/]"), Text.Empty, Text.Empty, Text.Empty,
            new Markup($"[bold]{Markup.Escape(LeverService.Pounds(price.TotalAnnualGbp))}[/]"));
        return table;
    }
}
