using System.Text.Json;
using System.Text.Json.Serialization;
using ForceSim.Reporting.Output;

namespace ForceSim.Experiments.Jobs;

/// <summary>
/// Every job's record, kept in <c>history.json</c> in the data folder and rewritten atomically on each change, so History
/// survives a restart. A job that was queued or running when the server stopped is marked failed on the next start.
/// </summary>
public sealed class JobHistory
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    private readonly Lock gate = new();
    private readonly string file;
    private readonly Dictionary<string, JobRecord> records;

    public JobHistory(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        file = Path.Combine(dataFolder, "history.json");
        records = Load(file).ToDictionary(r => r.Id, r => r.IsFinished ? r : r with
        {
            Status = JobStatus.Failed,
            Error = "The server stopped before this job finished; run it again.",
        });
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<JobRecord> All()
    {
        lock (gate)
        {
            return [.. records.Values.OrderByDescending(r => r.Created).ThenBy(r => r.Id, StringComparer.Ordinal)];
        }
    }

    public JobRecord? Find(string id)
    {
        lock (gate)
        {
            return records.GetValueOrDefault(id);
        }
    }

    /// <summary>Stores <paramref name="record"/> (new or replacing the one with its id) and saves the index.</summary>
    public void Put(JobRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (gate)
        {
            records[record.Id] = record;
            AtomicFile.WriteAllText(file, JsonSerializer.Serialize(records.Values.OrderBy(r => r.Created).ToList(), Json));
        }
    }

    private static List<JobRecord> Load(string file)
    {
        if (!File.Exists(file))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<JobRecord>>(File.ReadAllText(file), Json) ?? [];
        }
        catch (JsonException e)
        {
            throw new InvalidRequestException($"{file} is not a ForceSim history index ({e.Message}); move it aside to start a new history.", e);
        }
    }
}
