using System.Diagnostics;
using System.Globalization;
using ForceSim.Engine.Compilation;
using ForceSim.Grains.Hosting;
using ForceSim.Grains.Runs;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Benchmarking;

/// <summary>
/// The grain-host half of <c>forcesim bench</c>: a force-year and a region-year in an embedded silo, with the
/// ratio to the in-process host, grain calls per simulated hour, victims met and the process's peak memory. Victims
/// retire as they finish, as in a real run (the in-process host does the same).
/// Each is timed once (a region-year on grains takes a while); the silo is warmed on an untimed force-year first.
/// </summary>
public static class GrainHostBench
{
    public static async Task RunAsync(Scenario forceYear, Scenario regionYear, double inProcessForceSeconds, double inProcessRegionSeconds, Action<string> report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(forceYear);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(regionYear);
        var c = CultureInfo.InvariantCulture;
        await using var silo = await EmbeddedSilo.StartAsync(cancellationToken).ConfigureAwait(false);
        // A whole untimed force-year first: a short warm-up left the first timed run paying for JIT tiering and heap growth.
        var warm = await GrainHostRun.RunAsync(silo.Grains, forceYear, 0, retireVictims: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        await Release(silo, warm).ConfigureAwait(false);

        var (forceSeconds, force, forceHeld, forceReleased) = await Time(silo, forceYear, cancellationToken: cancellationToken).ConfigureAwait(false);
        var hours = new CompiledScenario(forceYear).WindowCount * forceYear.Run.WindowMinutes / 60.0;
        report(string.Create(c, $"grain_host_force_year_seconds={forceSeconds:F3} ratio_to_in_process={forceSeconds / inProcessForceSeconds:F1}"));
        report(string.Create(c, $"grain_calls_per_simulated_hour={force.Output.GrainCalls / hours:F1} grain_calls={force.Output.GrainCalls} messages={force.Output.MessagesDelivered}"));
        report(string.Create(c, $"victims={force.Output.Victims} victims_retired={force.Output.VictimsRetired} victims_in_memory_at_end={InMemory(force.Output)} managed_heap_mb_after_run={forceHeld:F0} managed_heap_mb_after_release={forceReleased:F0}"));

        // The same year with victims never resting: what bounding victims' memory costs in time.
        var (awakeSeconds, awake, awakeHeld, _) = await Time(silo, forceYear, double.PositiveInfinity, cancellationToken).ConfigureAwait(false);
        report(string.Create(c, $"grain_host_force_year_seconds_victims_never_rest={awakeSeconds:F3} ratio_to_in_process={awakeSeconds / inProcessForceSeconds:F1} victims_in_memory_at_end={InMemory(awake.Output)} managed_heap_mb_after_run={awakeHeld:F0}"));

        var (regionSeconds, region, regionHeld, _) = await Time(silo, regionYear, cancellationToken: cancellationToken).ConfigureAwait(false);
        var regionHours = new CompiledScenario(regionYear).WindowCount * regionYear.Run.WindowMinutes / 60.0;
        report(string.Create(c, $"region_year_seconds={regionSeconds:F3} (grain host; ratio_to_in_process={regionSeconds / inProcessRegionSeconds:F1}; grain_calls_per_simulated_hour={region.Output.GrainCalls / regionHours:F1}; victims={region.Output.Victims}; victims_in_memory_at_end={InMemory(region.Output)}; managed_heap_mb_after_run={regionHeld:F0})"));
        report(string.Create(c, $"grain_host_peak_memory_mb={Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):F0} (whole process, after both hosts)"));
    }

    /// <summary>Victims neither resting nor retired when the run ended: those whose grains were still in memory.</summary>
    private static long InMemory(RunOutput output) => output.Victims - output.VictimsResting - output.VictimsRetired;

    /// <summary>Live managed memory after a full collection: what the silo holds, not garbage awaiting collection.</summary>
    private static double LiveHeapMb() => GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0);

    /// <summary>Times a run, then weighs the live heap while the run is kept (queryable) and again once it is released.</summary>
    private static async Task<(double Seconds, GrainRunResult Run, double HeldMb, double ReleasedMb)> Time(EmbeddedSilo silo, Scenario scenario, double victimRestMinutes = RunSpec.DefaultVictimRestMinutes, CancellationToken cancellationToken = default)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var run = await GrainHostRun.RunAsync(silo.Grains, scenario, 0, victimRestMinutes: victimRestMinutes, retireVictims: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        var seconds = clock.Elapsed.TotalSeconds;
        var held = LiveHeapMb();
        await Release(silo, run).ConfigureAwait(false);
        return (seconds, run, held, LiveHeapMb());
    }

    /// <summary>Releases a run and waits (up to a minute) for its grains to finish leaving memory.</summary>
    private static async Task Release(EmbeddedSilo silo, GrainRunResult run)
    {
        await GrainHostRun.ReleaseAsync(silo.Grains, run.Run).ConfigureAwait(false);
        var deadline = Stopwatch.StartNew();
        while (await GrainHostRun.ActivationsAsync(silo.Grains).ConfigureAwait(false) > 0 && deadline.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(50).ConfigureAwait(false);
        }
    }
}
