namespace ForceSim.Engine.Protocol;

/// <summary>Patrol unit → control room: the unit will be available for dispatch in [From, To).</summary>
public sealed record ShiftPlan : Message
{
    public required int Unit { get; init; }

    public required double From { get; init; }

    public required double To { get; init; }

    /// <summary>Minutes of write-ups the unit still owes after the shift's own write-up time.</summary>
    public double BacklogMinutes { get; init; }
}
