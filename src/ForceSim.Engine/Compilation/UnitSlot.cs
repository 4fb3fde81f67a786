namespace ForceSim.Engine.Compilation;

/// <summary>Where a response unit belongs: its force, its index within the force, and the shift it works.</summary>
public readonly record struct UnitSlot(int Force, int LocalIndex, double StartMinute, double LengthMinutes);
