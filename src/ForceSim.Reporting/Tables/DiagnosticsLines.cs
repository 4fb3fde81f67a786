using ForceSim.Engine.Diagnostics;

namespace ForceSim.Reporting.Tables;

/// <summary>
/// The stability diagnostics in words, for the terminal and the report alike: a headline (stable or not, and why in
/// a phrase), one line per finding, and one per grade withheld. The terminal and the report show these before any
/// figure when anything was found, because every figure after them is read in their light.
/// </summary>
public sealed record DiagnosticsLines(string Headline, IReadOnlyList<string> Findings, IReadOnlyList<string> Withheld)
{
    /// <summary>True when there is more to say than the one-line "stable" note.</summary>
    public bool AnythingFound => Findings.Count > 0;

    public static DiagnosticsLines? From(RunDiagnostics? diagnostics)
    {
        if (diagnostics is null)
        {
            return null;
        }

        var findings = diagnostics.Reasons
            .OrderBy(r => r.Severity)
            .Select(r => (r.Severity == StabilitySeverity.Unstable ? "Unstable: " : "Warning: ") + (r.Scope == RunDiagnostics.AllForces ? "" : $"{r.Scope}: ") + r.Message)
            .ToList();
        // With one force, its own withheld grades repeat the run's.
        var forces = diagnostics.Withheld.Select(w => w.Scope).Where(s => s != RunDiagnostics.AllForces).Distinct().Count();
        var withheld = diagnostics.Withheld
            .Where(w => w.Scope == RunDiagnostics.AllForces || forces > 1 || diagnostics.Reasons.Any(r => r.Scope == w.Scope))
            .Select(w => $"{Area(w.Area)}{(w.Scope == RunDiagnostics.AllForces ? "" : $" ({w.Scope})")}: {w.Message}")
            .ToList();
        var overloaded = diagnostics.Reasons.Where(r => r.Severity == StabilitySeverity.Unstable).Select(r => r.Resource).Distinct().Order().Select(StabilityDiagnosis.CapacityWords).ToList();
        var warnings = diagnostics.Reasons.Count(r => r.Severity == StabilitySeverity.Warning);
        var headline = !diagnostics.Stable
            ? $"NOT STABLE: demand exceeds {string.Join(" and ", overloaded)}. Measures resting on it describe no steady state; grades resting on them are withheld."
            : warnings > 0
                ? $"Stable (no capacity overloaded), with {warnings} warning(s) about the warm-up or rising demand."
                : "Stable: no capacity overloaded, no queue growing, and every main queue settled within the warm-up (MSER-5).";
        return new DiagnosticsLines(headline, findings, withheld);
    }

    private static string Area(string id) => id.Length == 0 ? id : char.ToUpperInvariant(id[0]) + id[1..].Replace('_', ' ');
}
