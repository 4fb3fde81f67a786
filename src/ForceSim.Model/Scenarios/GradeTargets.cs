namespace ForceSim.Model.Scenarios;

/// <summary>YAML: <c>grades</c>: the force's own attendance targets.</summary>
public sealed record GradeTargets
{
    /// <summary><c>emergency.urban_minutes</c>, 1..1440.</summary>
    public double EmergencyUrbanMinutes { get; init; } = 15;

    /// <summary><c>emergency.rural_minutes</c>, 1..1440.</summary>
    public double EmergencyRuralMinutes { get; init; } = 20;

    /// <summary><c>priority.minutes</c>, 1..10080.</summary>
    public double PriorityMinutes { get; init; } = 60;

    /// <summary><c>scheduled.minutes</c>, 1..43200.</summary>
    public double ScheduledMinutes { get; init; } = 2880;

    /// <summary><c>clock_starts_at</c>: <c>call</c> or <c>dispatch</c>.</summary>
    public ClockStart ClockStartsAt { get; init; } = ClockStart.Call;

    public double TargetMinutes(Grade grade, bool urban) => grade switch
    {
        Grade.Emergency => urban ? EmergencyUrbanMinutes : EmergencyRuralMinutes,
        Grade.Priority => PriorityMinutes,
        Grade.Scheduled => ScheduledMinutes,
        _ => double.PositiveInfinity,
    };
}
