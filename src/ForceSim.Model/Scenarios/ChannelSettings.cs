using ForceSim.Model.Distributions;

namespace ForceSim.Model.Scenarios;

/// <summary>YAML: <c>channels.&lt;channel&gt;</c> of a control room: how long contacts take and how long callers wait.</summary>
public sealed record ChannelSettings
{
    /// <summary><c>handle_minutes</c>: talk plus wrap-up time of a call handler.</summary>
    public required Distribution HandleMinutes { get; init; }

    /// <summary>
    /// <c>grading_minutes</c>: time into the call when the incident is graded and can be dispatched; the handler
    /// stays on the call for the rest of the handle time. Absent means grading at the end of handling.
    /// </summary>
    public Distribution? GradingMinutes { get; init; }

    /// <summary><c>patience_seconds</c>: how long a caller waits before hanging up; <c>none</c> (null) means callers never abandon.</summary>
    public Distribution? PatienceSeconds { get; init; }

    /// <summary><c>answer_target_seconds</c>: the answering standard (999: 10 s nationally), 1..86400.</summary>
    public double AnswerTargetSeconds { get; init; } = 10;

    /// <summary><c>spill_to_emergency</c>: callers who hang up on this channel and ring 999 instead (101 only).</summary>
    public SpillOver? SpillToEmergency { get; init; }
}
