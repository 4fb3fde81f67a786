namespace ForceSim.Engine.Protocol;

/// <summary>The four kinds of logical process; part of every stream key and LP address.</summary>
public enum LpKind
{
    ControlRoom = 1,
    PatrolUnit = 2,
    Victim = 3,
    Investigation = 4,
}
