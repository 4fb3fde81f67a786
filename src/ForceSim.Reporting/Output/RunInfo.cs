using System.Runtime.InteropServices;
using System.Text.Json;

namespace ForceSim.Reporting.Output;

/// <summary>run-info.json: what varies between runs of the same scenario (timings, host, versions), kept out of results.json.</summary>
public sealed record RunInfo
{
    public required string ScenarioFile { get; init; }

    public required string ScenarioName { get; init; }

    public required long Seed { get; init; }

    public required int Replications { get; init; }

    public required int ResumedReplications { get; init; }

    public required double WallSeconds { get; init; }

    public required long EventsProcessed { get; init; }

    public required int Parallelism { get; init; }

    public string Host { get; init; } = "in-process";

    public string StartedUtc { get; init; } = DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    public string MachineName { get; init; } = Environment.MachineName;

    public int ProcessorCount { get; init; } = Environment.ProcessorCount;

    public string OperatingSystem { get; init; } = RuntimeInformation.OSDescription;

    public string Runtime { get; init; } = RuntimeInformation.FrameworkDescription;

    public string ForceSimVersion { get; init; } = typeof(RunInfo).Assembly.GetName().Version?.ToString() ?? "unknown";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string Render() => JsonSerializer.Serialize(this, Options) + "\n";
}
