using System.Globalization;

namespace ForceSim.Experiments.Benchmarking;

/// <summary>
/// What a replication measured in its own process reports back: wall seconds, the process's CPU seconds over the same
/// run (on a loaded machine they say more than wall time), the process's peak resident memory (VmHWM on Linux), events
/// processed and forces simulated, and the garbage collector's share (its pauses and its collections of each generation
/// over the run: a national model's victims and cases live for weeks, so what the collector copies is part of its cost),
/// as one line the parent reads from the child's output.
/// </summary>
public sealed record ProbeResult(double Seconds, double CpuSeconds, double PeakMemoryMb, long Events, int Forces, double GcPauseSeconds = 0, string GcCollections = "")
{
    private const string Prefix = "probe ";

    public string ToLine() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}seconds={Seconds:R} cpu_seconds={CpuSeconds:R} peak_memory_mb={PeakMemoryMb:F1} events={Events} forces={Forces} gc_pause_seconds={GcPauseSeconds:R} gc_collections={GcCollections}");

    /// <summary>The probe line among a child's output lines, or null if it printed none.</summary>
    public static ProbeResult? Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var line = lines.LastOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }

        var values = line[Prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        var c = CultureInfo.InvariantCulture;
        return new ProbeResult(
            double.Parse(values["seconds"], c),
            double.Parse(values["cpu_seconds"], c),
            double.Parse(values["peak_memory_mb"], c),
            long.Parse(values["events"], c),
            int.Parse(values["forces"], c),
            values.TryGetValue("gc_pause_seconds", out var pause) ? double.Parse(pause, c) : 0,
            values.GetValueOrDefault("gc_collections", ""));
    }
}
