using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>For a regional scenario, the forces side by side on the measures inspectors grade, best attendance first.</summary>
public static class LeagueTable
{
    private static readonly (string Measure, string Label, MeasureUnit Unit)[] Columns =
    [
        (MeasureNames.AttendanceWithinTarget, "Attended in target", MeasureUnit.Fraction),
        (MeasureNames.EmergencyAnsweredWithin10s, "999 in 10 s", MeasureUnit.Fraction),
        (MeasureNames.NonEmergencyAbandoned, "101 abandoned", MeasureUnit.Fraction),
        (MeasureNames.RepeatVictimsIdentified, "Repeat victims found", MeasureUnit.Fraction),
        (MeasureNames.CrimesRecorded, "Crimes recorded", MeasureUnit.Fraction),
        (MeasureNames.PlanSet, "Plans set", MeasureUnit.Fraction),
        (MeasureNames.VictimsInformed, "Victims informed", MeasureUnit.Fraction),
        ("response.mutual_aid_units_borrowed_per_year", "Units borrowed / yr", MeasureUnit.Count),
        (MeasureNames.AnnualCost, "Staff cost", MeasureUnit.Pounds),
    ];

    public static Table Build(Scenario scenario, ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        var summaries = result.ForceSummaries;
        var table = new Table().Border(TableBorder.Rounded).Title("Regional league table (means over replications)").AddColumn("Force");
        foreach (var column in Columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column.Label)).RightAligned());
        }

        var ordered = scenario.Forces
            .Where(f => summaries.ContainsKey(f.Id))
            .OrderByDescending(f => summaries[f.Id].TryGetValue(MeasureNames.AttendanceWithinTarget, out var s) ? s.Mean ?? -1 : -1);
        foreach (var force in ordered)
        {
            var measures = summaries[force.Id];
            table.AddRow([
                Markup.Escape(force.Name.Length > 0 ? force.Name : force.Id),
                .. Columns.Select(c => Markup.Escape(MeasureFormat.Value(measures.TryGetValue(c.Measure, out var s) ? s.Mean : null, c.Unit))),
            ]);
        }

        return table;
    }
}
