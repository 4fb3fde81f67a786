using ForceSim.Model.Distributions;

namespace ForceSim.Model.Scenarios;

/// <summary>YAML: <c>victims</c>: confidence, repeat victimisation and reporting behaviour.</summary>
public sealed record VictimSettings
{
    /// <summary><c>initial_confidence</c>: confidence in police at first contact, 0..1.</summary>
    public double InitialConfidence { get; init; } = 0.75;

    /// <summary><c>confidence_change.attended_in_time</c>: −1..1.</summary>
    public double AttendedInTime { get; init; } = 0.05;

    /// <summary><c>confidence_change.late_told_of_delay</c>: −1..1.</summary>
    public double LateToldOfDelay { get; init; } = -0.03;

    /// <summary><c>confidence_change.late_not_told</c>: −1..1.</summary>
    public double LateNotTold { get; init; } = -0.15;

    /// <summary><c>confidence_change.crime_not_recorded</c>: −1..1.</summary>
    public double CrimeNotRecorded { get; init; } = -0.1;

    /// <summary><c>confidence_change.kept_informed</c>: per investigation update delivered, −1..1.</summary>
    public double KeptInformed { get; init; } = 0.02;

    /// <summary><c>confidence_change.not_informed</c>: per update missed, −1..1.</summary>
    public double NotInformed { get; init; } = -0.08;

    /// <summary><c>repeat.safeguarded</c>: chance of a repeat victimisation after a contact where the victim was safeguarded, 0..1.</summary>
    public double RepeatProbabilitySafeguarded { get; init; } = 0.1;

    /// <summary><c>repeat.not_safeguarded</c>: the same when not safeguarded, 0..1.</summary>
    public double RepeatProbabilityNotSafeguarded { get; init; } = 0.25;

    /// <summary><c>repeat.delay_days</c>: time from a contact to the repeat victimisation.</summary>
    public Distribution RepeatDelayDays { get; init; } = Distribution.Exponential(45);

    /// <summary><c>repeat.max_per_victim</c>: cap on repeat victimisations simulated per victim, 0..50.</summary>
    public int MaxRepeatsPerVictim { get; init; } = 6;

    /// <summary>
    /// <c>cross_border_share</c>: chance a repeat victimisation happens across the border, so the victim calls a
    /// neighbouring force (one of <c>neighbours</c>), 0..1.
    /// </summary>
    public double CrossBorderShare { get; init; }

    /// <summary><c>report_delay_minutes</c>: time from a repeat victimisation to the call (at least one window in the model).</summary>
    public Distribution ReportDelayMinutes { get; init; } = Distribution.Exponential(120);
}
