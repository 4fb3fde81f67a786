using System.Globalization;

namespace ForceSim.Experiments.Benchmarking;

/// <summary>
/// What a replication measured in its own process reports back: wall seconds, the process's CPU seconds over the same
/// run (on a loaded machine they say more than wall time), the process's peak resident memory (VmHWM on Linux), events
/// processed and forces simulated, as one line the parent reads from the child's output.
/// </summary>
public sealed record ProbeResult(double Seconds, double CpuSeconds, double PeakMemoryMb, long Events, int Forces)
{
    private const string Prefix = "probe ";

    public string ToLine() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}seconds={Seconds:R} cpu_seconds={CpuSeconds:R} peak_memory_mb={PeakMemoryMb:F1} events={Events} forces={Forces}");

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
        return new ProbeResult(double.Parse(values["seconds"], c), double.Parse(values["cpu_seconds"], c), double.Parse(values["peak_memory_mb"], c), long.Parse(values["events"], c), int.Parse(values["forces"], c));
    }
}
