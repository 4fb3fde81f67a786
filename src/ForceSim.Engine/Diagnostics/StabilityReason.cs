namespace ForceSim.Engine.Diagnostics;

/// <summary>
/// One finding of the stability diagnostics: a machine-readable <paramref name="Code"/>, where it was found
/// (<paramref name="Scope"/> is <c>all</c> or a force id; <paramref name="Subject"/> the queue or measure), the capacity
/// it concerns, the figure behind it and a plain sentence.
/// </summary>
public sealed record StabilityReason(
    string Code,
    StabilitySeverity Severity,
    string Scope,
    CapacityResource Resource,
    string Subject,
    double Value,
    string Message);
