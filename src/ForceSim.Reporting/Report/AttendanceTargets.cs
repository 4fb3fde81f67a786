using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Charts;

namespace ForceSim.Reporting.Report;

/// <summary>The attendance targets of a grade across a scenario's forces, as charts draw them (urban and rural for emergencies).</summary>
public static class AttendanceTargets
{
    public static IReadOnlyList<AttendanceTarget> For(Scenario scenario, Grade grade)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return [.. scenario.Forces
            .SelectMany(f => grade == Grade.Emergency
                ? new[] { new AttendanceTarget("urban", f.Grades.EmergencyUrbanMinutes), new AttendanceTarget("rural", f.Grades.EmergencyRuralMinutes) }
                : [new AttendanceTarget("", f.Grades.TargetMinutes(grade, urban: true))])
            .DistinctBy(t => t.Minutes)];
    }
}
