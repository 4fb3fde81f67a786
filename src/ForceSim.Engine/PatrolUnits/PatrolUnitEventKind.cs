namespace ForceSim.Engine.PatrolUnits;

/// <summary>What a patrol unit's calendar holds: only planning points, whose argument is the day to plan.</summary>
public enum PatrolUnitEventKind
{
    /// <summary>One window before a shift starts the unit publishes whether it will work it.</summary>
    PlanShift,
}
