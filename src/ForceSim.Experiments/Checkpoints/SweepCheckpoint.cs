using System.Text.Json;
using ForceSim.Engine.Running;
using ForceSim.Reporting.Output;

namespace ForceSim.Experiments.Checkpoints;

/// <summary>
/// Saves each finished variant of a sweep (all its replications' measures) so an interrupted sweep resumes without
/// redoing it. A checkpoint is used only when its fingerprint (what determines the variant's results) matches.
/// </summary>
public sealed class SweepCheckpoint
{
    public SweepCheckpoint(string directory) => Directory = directory;

    public string Directory { get; }

    public void Save(int variant, Fingerprint fingerprint, IReadOnlyList<ReplicationResult> replications)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentNullException.ThrowIfNull(replications);
        var stored = new Stored(
            fingerprint.Value,
            variant,
            [.. replications.Select(r => new StoredReplication(r.Replication, r.EventsProcessed, new Dictionary<string, double?>(r.Measures)))]);
        try
        {
            AtomicFile.WriteAllText(PathFor(variant), JsonSerializer.Serialize(stored));
        }
        catch (OutputFaultException e)
        {
            throw e.Leaving(CheckpointFault.Consequence("variants"));
        }
    }

    /// <summary>The replications saved for <paramref name="variant"/>, or <c>null</c> when there are none for this fingerprint and count.</summary>
    public IReadOnlyList<ReplicationResult>? TryLoad(int variant, Fingerprint fingerprint, int replications)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        var path = PathFor(variant);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(File.ReadAllText(path));
            if (stored?.Replications is not { } list || stored.Fingerprint != fingerprint.Value || stored.Variant != variant
                || list.Count != replications || list.Any(r => r?.Measures is null))
            {
                return null;
            }

            return [.. list.Select(r => new ReplicationResult
            {
                Replication = r.Replication,
                EventsProcessed = r.Events,
                Measures = new SortedDictionary<string, double?>(r.Measures, StringComparer.Ordinal),
                Forces = new SortedDictionary<string, SortedDictionary<string, double?>>(StringComparer.Ordinal),
            })];
        }
        catch (JsonException)
        {
            return null; // a damaged checkpoint is simply recomputed
        }
    }

    /// <summary>How many variant checkpoints are on disk (whatever their fingerprint).</summary>
    public int Count => System.IO.Directory.Exists(Directory) ? System.IO.Directory.GetFiles(Directory, "variant-*.json").Length : 0;

    public void Clear()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private string PathFor(int variant) => Path.Combine(Directory, $"variant-{variant:D5}.json");

    private sealed record Stored(string Fingerprint, int Variant, List<StoredReplication> Replications);

    private sealed record StoredReplication(int Replication, long Events, Dictionary<string, double?> Measures);
}
