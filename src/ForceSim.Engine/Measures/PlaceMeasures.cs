using ForceSim.Engine.Compilation;

namespace ForceSim.Engine.Measures;

/// <summary>
/// Measures by place for a force with geography: attendance within target and emergency median minutes by area,
/// utilisation by station, and the share of unit dispatches that crossed an area boundary.
/// </summary>
public static class PlaceMeasures
{
    public const string CrossAreaDispatch = "response.cross_area_dispatch";

    private static readonly string[] GradeNames = ["emergency", "priority", "scheduled"];

    public static string AreaAttendance(string area) => $"response.area.{area}.attendance_within_target";

    public static string AreaMedianMinutes(string area) => $"response.area.{area}.median_minutes";

    public static string StationUtilisation(string station) => $"response.station.{station}.utilisation";

    /// <summary>Adds the place measures of a force whose geography reports places (null measures for nothing to measure).</summary>
    public static void Add(SortedDictionary<string, double?> measures, PlaceTally tally, CompiledGeography geography)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(geography);
        if (tally.Areas < geography.AreaCount || tally.Stations < geography.StationCount)
        {
            tally.Shape(geography.AreaCount, geography.StationCount);
        }

        for (var a = 0; a < geography.AreaCount; a++)
        {
            var id = geography.AreaIds[a];

            // As the force-wide headline: emergency and priority incidents attended within their targets.
            measures[AreaAttendance(id)] = Ratio(tally.WithinTarget(a, 0) + tally.WithinTarget(a, 1), tally.Attended(a, 0) + tally.Attended(a, 1));
            for (var g = 0; g < GradeNames.Length; g++)
            {
                measures[$"{AreaAttendance(id)}.{GradeNames[g]}"] = Ratio(tally.WithinTarget(a, g), tally.Attended(a, g));
            }

            var median = tally.EmergencyQuantile(a, 0.5);
            measures[AreaMedianMinutes(id)] = double.IsFinite(median) ? median : null;
        }

        for (var s = 0; s < geography.StationCount; s++)
        {
            measures[StationUtilisation(geography.StationIds[s])] = Ratio(tally.StationBusyMinutes(s), tally.StationOnDutyMinutes(s));
        }

        measures[CrossAreaDispatch] = Ratio(tally.CrossAreaDispatches, tally.UnitDispatches);
    }

    private static double? Ratio(double numerator, double denominator) => denominator > 0 ? numerator / denominator : null;
}
