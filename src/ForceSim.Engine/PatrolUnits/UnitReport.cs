namespace ForceSim.Engine.PatrolUnits;

/// <summary>A response unit as a user asks about it: its roster slot, shift log, overtime and time committed to incidents.</summary>
public sealed record UnitReport
{
    public required long Unit { get; init; }

    public required string Force { get; init; }

    public required double StartMinute { get; init; }

    public required double LengthMinutes { get; init; }

    public required IReadOnlyList<ShiftRecord> Shifts { get; init; }

    public required double OvertimeMinutes { get; init; }

    /// <summary>Minutes committed to incidents (the control room keeps this; null if it was not asked).</summary>
    public double? BusyMinutes { get; init; }
}
