using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Report;

/// <summary>
/// Why the emergency chart's shares differ from the headline table's: each target line holds every incident to that one
/// target, the table holds each to its own (urban or rural) target, and the table's "in time for the need" row counts
/// incidents by the grade they needed. Said under the chart so nobody has to guess.
/// </summary>
public static class AttendanceCaption
{
    public static string TwoTargets(double? withinOwn, IReadOnlyDictionary<string, MeasureSummary> summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        double? Mean(string name) => summary.TryGetValue(name, out var s) ? s.Mean : null;
        var own = withinOwn is { } o ? $" Judged each against its own target, {MeasureFormat.Percent(o)} arrived in time" : " Judged each against its own target";
        var table = Mean(MeasureNames.AttendanceWithinTargetEmergency) is { } t ? $" (the headline table's mean over replications: {MeasureFormat.Percent(t)})" : "";
        var need = Mean($"{MeasureNames.AttendanceWithinNeedTarget}.emergency") is { } n
            ? $" The table's \"emergencies in time for the need\" ({MeasureFormat.Percent(n)}) differs again: it counts incidents by the grade they needed, including those graded too low or never attended."
            : "";
        return $" Each target line holds every incident to that one target (urban and rural alike), so its share is not the force's.{own}{table}.{need}";
    }
}
