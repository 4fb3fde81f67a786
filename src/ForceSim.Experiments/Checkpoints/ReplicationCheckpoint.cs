using System.Text.Json;
using ForceSim.Engine.Running;
using ForceSim.Reporting.Output;

namespace ForceSim.Experiments.Checkpoints;

/// <summary>
/// Saves each finished replication so an interrupted batch resumes without redoing it. A checkpoint is
/// used only if its <see cref="Checkpoints.Fingerprint"/> (scenario contents and seed) matches the run being resumed.
/// </summary>
public sealed class ReplicationCheckpoint
{
    private readonly string _directory;
    private readonly string _fingerprint;

    public ReplicationCheckpoint(string directory, Fingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        _directory = directory;
        _fingerprint = fingerprint.Value;
    }

    public void Save(ReplicationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var stored = new Stored(
            _fingerprint,
            result.Replication,
            result.EventsProcessed,
            new Dictionary<string, double?>(result.Measures),
            result.Forces.ToDictionary(f => f.Key, f => new Dictionary<string, double?>(f.Value)));
        try
        {
            AtomicFile.WriteAllText(PathFor(result.Replication), JsonSerializer.Serialize(stored));
        }
        catch (OutputFaultException e)
        {
            throw e.Leaving(CheckpointFault.Consequence("replications"));
        }
    }

    public ReplicationResult? TryLoad(int replication)
    {
        var path = PathFor(replication);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(File.ReadAllText(path));
            if (stored is null || stored.Fingerprint != _fingerprint || stored.Replication != replication
                || stored.Measures is null || stored.Forces is null || stored.Forces.Values.Any(f => f is null))
            {
                return null;
            }

            return new ReplicationResult
            {
                Replication = replication,
                EventsProcessed = stored.Events,
                Measures = new SortedDictionary<string, double?>(stored.Measures, StringComparer.Ordinal),
                Forces = new SortedDictionary<string, SortedDictionary<string, double?>>(
                    stored.Forces.ToDictionary(f => f.Key, f => new SortedDictionary<string, double?>(f.Value, StringComparer.Ordinal)),
                    StringComparer.Ordinal),
            };
        }
        catch (JsonException)
        {
            return null; // a damaged checkpoint is simply recomputed
        }
    }

    /// <summary>How many of replications 0 to <paramref name="replications"/> − 1 are saved for this fingerprint.</summary>
    public int Saved(int replications) => Enumerable.Range(0, replications).Count(i => TryLoad(i) is not null);

    public void Clear()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private string PathFor(int replication) => Path.Combine(_directory, $"replication-{replication:D5}.json");

    private sealed record Stored(
        string Fingerprint,
        int Replication,
        long Events,
        Dictionary<string, double?> Measures,
        Dictionary<string, Dictionary<string, double?>> Forces);
}
