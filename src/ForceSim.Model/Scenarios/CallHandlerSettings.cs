namespace ForceSim.Model.Scenarios;

/// <summary>YAML: <c>call_handlers</c>. Either <c>unlimited: true</c> or a roster of shifts.</summary>
public sealed record CallHandlerSettings
{
    /// <summary><c>unlimited</c>: every contact is answered at once (textbook M/G/∞ answering).</summary>
    public bool Unlimited { get; init; }

    /// <summary><c>shifts</c>: the roster; staff on duty at an hour is the sum of the shifts covering it.</summary>
    public IReadOnlyList<StaffShift> Shifts { get; init; } = [];

    /// <summary>
    /// <c>reserved_for_emergency</c>: handlers kept free for 999: a 101 or online contact is answered only while
    /// more than this many handlers are free (a guard-channel policy), 0..1000.
    /// </summary>
    public int ReservedForEmergency { get; init; }

    /// <summary><c>abstraction_rate</c>: share of rostered handlers not available (sickness, training, breaks), 0..0.9.</summary>
    public double AbstractionRate { get; init; }
}
