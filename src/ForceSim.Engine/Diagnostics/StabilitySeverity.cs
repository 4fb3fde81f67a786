namespace ForceSim.Engine.Diagnostics;

/// <summary>How much a diagnostic finding undermines the run.</summary>
public enum StabilitySeverity
{
    /// <summary>Demand exceeds a capacity or a queue never settles: measures resting on it are not steady-state figures, so grades resting on them are withheld.</summary>
    Unstable,

    /// <summary>The warm-up is shorter than the queues need: measures carry some start-up bias, grades are kept.</summary>
    Warning,
}
