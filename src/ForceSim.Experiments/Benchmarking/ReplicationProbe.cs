using System.Diagnostics;
using ForceSim.Experiments.Scenarios;

namespace ForceSim.Experiments.Benchmarking;

/// <summary>
/// One replication in a process of its own (the hidden <c>forcesim bench-replication</c>), so its peak memory is its
/// own; and the parent's side, which starts that child and reads its report.
/// </summary>
public static class ReplicationProbe
{
    /// <summary>The hidden subcommand the child runs.</summary>
    public const string CommandName = "bench-replication";

    /// <summary>
    /// In the child: replication 0 of the scenario with the given horizon and warm-up, in-process, one thread, after an
    /// untimed day of the same model to warm the JIT. Peak memory is the whole child process's high-water mark.
    /// </summary>
    public static ProbeResult Run(string scenarioPath, double horizonDays, double warmupDays)
    {
        var scenario = ScenarioInput.Load(scenarioPath, replications: 1);
        ReplicationTimer.Time(ReplicationTimer.Shortened(scenario, 1), 1);
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var pauseBefore = GC.GetTotalPauseDuration();
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var timed = ReplicationTimer.Time(scenario with { Run = scenario.Run with { HorizonDays = horizonDays, WarmupDays = warmupDays } }, 1);
        self.Refresh();
        var cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        var collections = string.Join('/', Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsBefore[g]));
        return new ProbeResult(timed.Seconds, cpu, self.PeakWorkingSet64 / (1024.0 * 1024.0), timed.Events, scenario.Forces.Count, (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds, collections);
    }

    /// <summary>In the parent: runs <see cref="Run"/> in a child process and returns what it reported.</summary>
    public static async Task<ProbeResult> MeasureAsync(ChildCommand self, string scenarioPath, double horizonDays, double warmupDays, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(self);
        var start = new ProcessStartInfo(self.FileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in self.LeadingArguments.Concat([CommandName, scenarioPath,
            "--horizon-days", horizonDays.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            "--warmup-days", warmupDays.ToString("R", System.Globalization.CultureInfo.InvariantCulture)]))
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {self.FileName}.");
        var stdout = child.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = child.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await child.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            throw;
        }

        var lines = (await stdout.ConfigureAwait(false)).Split('\n', StringSplitOptions.TrimEntries);
        return child.ExitCode == 0 && ProbeResult.Parse(lines) is { } result
            ? result
            : throw new InvalidOperationException($"{CommandName} {scenarioPath} exited with {child.ExitCode}: {await stderr.ConfigureAwait(false)}");
    }
}
