using System.Globalization;
using ForceSim.Engine.PatrolUnits;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>A response unit's roster slot, shifts, abstractions, paperwork, commitment and overtime.</summary>
public static class UnitTable
{
    public static Table Build(UnitReport unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var busy = unit.BusyMinutes ?? 0;
        var worked = unit.Shifts.Where(s => s.Abstraction == AbstractionReason.None).ToList();
        var onDuty = worked.Sum(s => s.End - s.Start - s.PaperworkMinutes);
        var c = CultureInfo.InvariantCulture;
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"Unit {unit.Unit}: {unit.Force}, shift starting {unit.StartMinute / 60:00}:00 for {unit.LengthMinutes / 60:0.#} h"))
            .AddColumn("").AddColumn(new TableColumn("").RightAligned());
        table.AddRow("Rostered shifts", unit.Shifts.Count.ToString(c));
        table.AddRow("Worked", worked.Count.ToString(c));
        foreach (var reason in unit.Shifts.Where(s => s.Abstraction != AbstractionReason.None).GroupBy(s => s.Abstraction).OrderBy(g => g.Key))
        {
            table.AddRow(Markup.Escape($"Abstracted: {reason.Key.ToString().ToLowerInvariant()}"), reason.Count().ToString(c));
        }

        table.AddRow("Paperwork at shift start", $"{worked.Sum(s => s.PaperworkMinutes) / 60:0.0} h");
        table.AddRow("Committed to incidents", $"{busy / 60:0.0} h");
        table.AddRow("Utilisation of time available", onDuty > 0 ? MeasureFormat.Percent(busy / onDuty) : "–");
        table.AddRow("Overtime", $"{unit.OvertimeMinutes / 60:0.0} h");
        return table;
    }
}
