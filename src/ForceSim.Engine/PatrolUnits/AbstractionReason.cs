namespace ForceSim.Engine.PatrolUnits;

/// <summary>Why a unit did not work a rostered shift.</summary>
public enum AbstractionReason
{
    None,
    Training,
    Court,
    Sickness,
    Leave,
}
