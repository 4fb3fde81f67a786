using ForceSim.Model.Distributions;

namespace ForceSim.Model.Scenarios;

/// <summary>YAML: <c>investigation</c>: the force's investigators, their supervisors and its investigation policy.</summary>
public sealed record InvestigationSettings
{
    /// <summary><c>investigators</c>: 1..20000.</summary>
    public int Investigators { get; init; } = 100;

    /// <summary><c>supervisors</c>: 0..5000.</summary>
    public int Supervisors { get; init; } = 15;

    /// <summary><c>reviews_per_supervisor_per_day</c>: case reviews a supervisor completes a day, 0..100.</summary>
    public double ReviewsPerSupervisorPerDay { get; init; } = 6;

    /// <summary><c>investigator_hours_per_day</c>: hours a day an investigator spends on cases (averaged over the week), 0.5..16.</summary>
    public double InvestigatorHoursPerDay { get; init; } = 4;

    /// <summary><c>max_hours_per_case_per_day</c>: most time one case gets in a day, 0.25..16.</summary>
    public double MaxHoursPerCasePerDay { get; init; } = 2;

    /// <summary><c>screened_out_share</c>: recorded crimes closed at assessment without further investigation, 0..1.</summary>
    public double ScreenedOutShare { get; init; } = 0.4;

    /// <summary><c>lines_of_enquiry</c>: reasonable lines of enquiry per investigated crime (rounded, at least 1).</summary>
    public Distribution LinesOfEnquiry { get; init; } = Distribution.Constant(4);

    /// <summary><c>hours_per_line</c>: investigator hours to complete one line of enquiry.</summary>
    public Distribution HoursPerLine { get; init; } = Distribution.Exponential(3);

    /// <summary><c>plan_within_days</c>: an initial plan counts as set when a supervisor reviews the case within this time, 0.5..60.</summary>
    public double PlanWithinDays { get; init; } = 3;

    /// <summary><c>plan_without_supervision</c>: chance the investigator sets a plan unprompted when no review came in time, 0..1.</summary>
    public double PlanWithoutSupervision { get; init; } = 0.3;

    /// <summary><c>plan_effort_saving</c>: share of enquiry time saved by having a plan, 0..0.9.</summary>
    public double PlanEffortSaving { get; init; } = 0.2;

    /// <summary><c>review_interval_days</c>: supervision review is due this often, 1..365.</summary>
    public double ReviewIntervalDays { get; init; } = 28;

    /// <summary><c>victim_update_interval_days</c>: Victims' Code update due this often, 1..365.</summary>
    public double VictimUpdateIntervalDays { get; init; } = 28;

    /// <summary><c>victim_update_minutes</c>: investigator time for one update, 0..240.</summary>
    public double VictimUpdateMinutes { get; init; } = 15;

    /// <summary><c>case_deadline_days</c>: a case still open this long is filed with what was done, 1..730.</summary>
    public double CaseDeadlineDays { get; init; } = 90;

    /// <summary><c>timeliness_days</c>: a case closed within this time counts as timely, 1..730.</summary>
    public double TimelinessDays { get; init; } = 30;

    /// <summary><c>charge_probability</c>: chance of a charge or summons when every line of enquiry is completed, 0..1.</summary>
    public double ChargeProbability { get; init; } = 0.12;

    /// <summary><c>allocation_hour</c>: hour of day when new crimes are allocated and the day's work is planned, 0..23.</summary>
    public int AllocationHour { get; init; } = 8;
}
