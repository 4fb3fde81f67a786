namespace ForceSim.Engine.PatrolUnits;

/// <summary>One line of a unit's shift log.</summary>
public readonly record struct ShiftRecord(double Start, double End, AbstractionReason Abstraction, double PaperworkMinutes);
