using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Charts;
using static System.FormattableString;

namespace ForceSim.Reporting.Report;

/// <summary>
/// The report's charts by place, for each force with two or more areas or stations or a travel matrix: attendance
/// within target by area (each area labelled with its emergency target) and the workload of each station.
/// </summary>
public static class PlaceCharts
{
    private static readonly string[] Grades = ["emergency", "priority"];

    public static IEnumerable<ReportChart> Build(Scenario scenario, ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        var summaries = result.ForceSummaries;
        foreach (var force in scenario.Forces)
        {
            if (force.Geography is not { } geography || !summaries.TryGetValue(force.Id, out var summary)
                || !summary.ContainsKey(PlaceMeasures.CrossAreaDispatch))
            {
                continue;
            }

            yield return Attendance(force, geography, summary, result.Replications.Count);
            yield return Stations(force, geography, summary, result.Replications.Count);
        }
    }

    private static ReportChart Attendance(ForceSettings force, GeographySettings geography, SortedDictionary<string, MeasureSummary> summary, int replications)
    {
        var places = geography.Areas.Select(area => new PlaceValues(
            Invariant($"{Name(area.Name, area.Id)} ({Target(force, area)})"),
            [.. Grades.Select(g => Mean(summary, $"{PlaceMeasures.AreaAttendance(area.Id)}.{g}"))])).ToList();
        var forceWide = Mean(summary, MeasureNames.AttendanceWithinTarget);
        var png = PlaceChart.Render(
            $"{Name(force.Name, force.Id)}: attendance within target by area", "Attended within target (%)",
            ["Emergency", "Priority"], places, forceWide, "Force-wide, emergency and priority");
        return new ReportChart(
            $"places-attendance-{force.Id}.png",
            $"{Name(force.Name, force.Id)}: attendance within target by area",
            Invariant($"Share of attended emergency and priority incidents in each area reached within target, mean of {replications} replications; each area's emergency target (urban or rural) is in brackets, and the dashed line is the force-wide share. Cross-area dispatches: {Percent(Mean(summary, PlaceMeasures.CrossAreaDispatch))} of units sent."),
            png)
        {
            Csv = Csv("area", ["emergency_within_target", "priority_within_target"], places),
        };
    }

    private static ReportChart Stations(ForceSettings force, GeographySettings geography, SortedDictionary<string, MeasureSummary> summary, int replications)
    {
        var places = geography.Stations.Select(station => new PlaceValues(
            Name(station.Name, station.Id),
            [Mean(summary, PlaceMeasures.StationUtilisation(station.Id))])).ToList();
        var png = PlaceChart.Render(
            $"{Name(force.Name, force.Id)}: station workload", "Units' time committed to incidents (%)",
            ["Utilisation of the station's units"], places, Mean(summary, "response.unit_utilisation"), "Force-wide unit utilisation");
        return new ReportChart(
            $"places-stations-{force.Id}.png",
            $"{Name(force.Name, force.Id)}: station workload",
            Invariant($"Minutes the units based at each station spent committed to incidents, over their minutes on duty, mean of {replications} replications; the dashed line is the force-wide utilisation."),
            png)
        {
            Csv = Csv("station", ["utilisation"], places),
        };
    }

    private static string Target(ForceSettings force, AreaSettings area) => area.Setting switch
    {
        AreaSetting.Urban => Invariant($"urban, {force.Grades.EmergencyUrbanMinutes} min"),
        AreaSetting.Rural => Invariant($"rural, {force.Grades.EmergencyRuralMinutes} min"),
        _ => Invariant($"{force.Grades.EmergencyUrbanMinutes}/{force.Grades.EmergencyRuralMinutes} min"),
    };

    private static double? Mean(SortedDictionary<string, MeasureSummary> summary, string name) =>
        summary.TryGetValue(name, out var s) ? s.Mean : null;

    private static string Percent(double? share) => share is { } s ? Invariant($"{100 * s:0.#}%") : "none";

    private static string Name(string name, string id) => name.Length > 0 ? name : id;

    private static string Csv(string placeColumn, IReadOnlyList<string> columns, IReadOnlyList<PlaceValues> places)
    {
        var lines = new List<string> { string.Join(',', [placeColumn, .. columns]) };
        lines.AddRange(places.Select(p => string.Join(',', [Quote(p.Place), .. p.Values.Select(v => v is { } x ? x.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "")])));
        return string.Join('\n', lines) + "\n";
    }

    private static string Quote(string text) => text.Contains(',', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal)
        ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : text;
}
