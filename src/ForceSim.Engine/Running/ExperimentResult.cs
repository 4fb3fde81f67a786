using ForceSim.Engine.Diagnostics;

namespace ForceSim.Engine.Running;

/// <summary>Every replication of a scenario and the summaries across them.</summary>
public sealed record ExperimentResult
{
    public required string ScenarioName { get; init; }

    public required long Seed { get; init; }

    public required IReadOnlyList<ReplicationResult> Replications { get; init; }

    /// <summary>The stability and warm-up diagnostics, once judged (<see cref="StabilityDiagnosis.Apply"/>); null before.</summary>
    public RunDiagnostics? Diagnostics { get; init; }

    /// <summary>Every measure's mean and interval over the replications; a withheld grade's probabilities have none.</summary>
    public SortedDictionary<string, MeasureSummary> Summary =>
        Withhold(Summarise(Replications.Select(r => r.Measures)), RunDiagnostics.AllForces);

    /// <summary>Force id → summary of that force's measures.</summary>
    public SortedDictionary<string, SortedDictionary<string, MeasureSummary>> ForceSummaries
    {
        get
        {
            var result = new SortedDictionary<string, SortedDictionary<string, MeasureSummary>>(StringComparer.Ordinal);
            foreach (var force in Replications.SelectMany(r => r.Forces.Keys).Distinct())
            {
                result[force] = Withhold(Summarise(Replications.Select(r => r.Forces.TryGetValue(force, out var m) ? m : [])), force);
            }

            return result;
        }
    }

    public long EventsProcessed => Replications.Sum(r => r.EventsProcessed);

    public static SortedDictionary<string, MeasureSummary> Summarise(IEnumerable<SortedDictionary<string, double?>> replications)
    {
        ArgumentNullException.ThrowIfNull(replications);
        var list = replications.ToList();
        var names = list.SelectMany(r => r.Keys).Distinct().Order(StringComparer.Ordinal);
        var summary = new SortedDictionary<string, MeasureSummary>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            summary[name] = MeasureSummary.Of(name, list.Select(r => r.TryGetValue(name, out var v) ? v : null));
        }

        return summary;
    }

    private SortedDictionary<string, MeasureSummary> Withhold(SortedDictionary<string, MeasureSummary> summary, string scope)
    {
        foreach (var grade in Diagnostics?.Withheld.Where(w => w.Scope == scope) ?? [])
        {
            foreach (var name in summary.Keys.Where(n => n.StartsWith($"grades.{grade.Area}.", StringComparison.Ordinal)).ToList())
            {
                summary[name] = new MeasureSummary(null, null, null, null, 0);
            }
        }

        return summary;
    }
}
