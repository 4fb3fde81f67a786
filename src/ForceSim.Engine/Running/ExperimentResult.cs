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

    public SortedDictionary<string, MeasureSummary> Summary =>
        Summarise(Replications.Select(r => r.Measures));

    /// <summary>Force id → summary of that force's measures.</summary>
    public SortedDictionary<string, SortedDictionary<string, MeasureSummary>> ForceSummaries
    {
        get
        {
            var result = new SortedDictionary<string, SortedDictionary<string, MeasureSummary>>(StringComparer.Ordinal);
            foreach (var force in Replications.SelectMany(r => r.Forces.Keys).Distinct())
            {
                result[force] = Summarise(Replications.Select(r => r.Forces.TryGetValue(force, out var m) ? m : []));
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
}
