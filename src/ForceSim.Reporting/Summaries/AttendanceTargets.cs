using ForceSim.Model.Scenarios;

namespace ForceSim.Reporting.Summaries;

/// <summary>
/// The attendance targets a summary quotes, in minutes; null where the forces of a scenario do not share one, so a
/// sentence says "its own target" rather than a number that is wrong for some of them.
/// </summary>
public sealed record AttendanceTargets(double? EmergencyUrban, double? EmergencyRural, double? Priority)
{
    public static AttendanceTargets Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new AttendanceTargets(
            Shared(scenario, g => g.EmergencyUrbanMinutes),
            Shared(scenario, g => g.EmergencyRuralMinutes),
            Shared(scenario, g => g.PriorityMinutes));
    }

    private static double? Shared(Scenario scenario, Func<GradeTargets, double> target)
    {
        var values = scenario.Forces.Select(f => target(f.Grades)).Distinct().ToList();
        return values.Count == 1 ? values[0] : null;
    }
}
