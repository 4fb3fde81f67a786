namespace ForceSim.Engine.Diagnostics;

/// <summary>What the stability and warm-up diagnostics found in a run, and the grades withheld because of it.</summary>
public sealed record RunDiagnostics(IReadOnlyList<StabilityReason> Reasons, IReadOnlyList<WithheldGrade> Withheld)
{
    public const string AllForces = "all";

    public static RunDiagnostics None { get; } = new([], []);

    /// <summary>No capacity is overloaded and every main queue settles.</summary>
    public bool Stable => Reasons.All(r => r.Severity != StabilitySeverity.Unstable);

    /// <summary>Every main queue settles within the scenario's warm-up.</summary>
    public bool WarmupSufficient => Reasons.All(r => r.Code != StabilityCodes.WarmupTooShort);

    public bool IsWithheld(string scope, string area) => Withheld.Any(w => w.Scope == scope && w.Area == area);

    public WithheldGrade? WithheldFor(string scope, string area) => Withheld.FirstOrDefault(w => w.Scope == scope && w.Area == area);
}
