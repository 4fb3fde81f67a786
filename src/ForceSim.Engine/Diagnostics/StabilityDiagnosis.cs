using ForceSim.Engine.Running;
using ForceSim.Model.Rubrics;

namespace ForceSim.Engine.Diagnostics;

/// <summary>
/// Judges a finished experiment's stability, overall and force by force, and names the grades that rest on an
/// overloaded capacity. The replications keep their own measures (a replication's results never depend on the batch
/// it ran in); the experiment's summaries show a withheld grade's probabilities as null (<see cref="ExperimentResult.Summary"/>).
/// </summary>
public static class StabilityDiagnosis
{
    public static ExperimentResult Apply(ExperimentResult result, Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(rubric);
        if (result.Diagnostics is not null)
        {
            return result;
        }

        var reasons = StabilityRules.Judge(RunDiagnostics.AllForces, [.. result.Replications.Select(r => (IReadOnlyDictionary<string, double?>)r.Measures)]).ToList();
        var forces = result.Replications.SelectMany(r => r.Forces.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        if (forces.Count > 1)
        {
            foreach (var force in forces)
            {
                reasons.AddRange(StabilityRules.Judge(force, [.. result.Replications.Select(r => (IReadOnlyDictionary<string, double?>)(r.Forces.TryGetValue(force, out var m) ? m : []))]));
            }
        }

        var withheld = new List<WithheldGrade>();
        foreach (var scope in forces.Prepend(RunDiagnostics.AllForces))
        {
            var unstable = reasons
                .Where(r => r.Severity == StabilitySeverity.Unstable && (r.Scope == scope || scope == RunDiagnostics.AllForces || forces.Count == 1 || (r.Scope == RunDiagnostics.AllForces && r.Resource == CapacityResource.CallHandling)))
                .Select(r => r.Resource)
                .ToHashSet();
            foreach (var area in rubric.Areas)
            {
                var deepest = area.Measures.Count == 0 ? CapacityResource.CallHandling : area.Measures.Max(m => StageOf(m.Measure));
                var causes = unstable.Where(r => r <= deepest).Order().ToList();
                if (causes.Count > 0)
                {
                    withheld.Add(new WithheldGrade(scope, area.Id, causes[0], $"demand exceeds {string.Join(" and ", causes.Select(CapacityWords))}"));
                }
            }
        }

        var diagnostics = new RunDiagnostics(reasons, withheld);
        return result with { Diagnostics = diagnostics };
    }

    /// <summary>The last capacity a measure's figures pass through (see <see cref="CapacityResource"/>).</summary>
    public static CapacityResource StageOf(string measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.StartsWith("contact.", StringComparison.Ordinal) || measure.StartsWith("triage.", StringComparison.Ordinal) ? CapacityResource.CallHandling
            : measure.StartsWith("response.", StringComparison.Ordinal) || measure.StartsWith("recording.", StringComparison.Ordinal) ? CapacityResource.Response
            : CapacityResource.Investigation;
    }

    public static string CapacityWords(CapacityResource resource) => resource switch
    {
        CapacityResource.CallHandling => "call-handling capacity",
        CapacityResource.Response => "response capacity",
        _ => "investigative capacity",
    };
}
