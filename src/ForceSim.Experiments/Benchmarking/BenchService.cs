using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ForceSim.Experiments.Scenarios;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Benchmarking;

/// <summary>
/// <c>forcesim bench</c>: single-threaded timings through the real engine on the in-process host (the canonical
/// M/M/20 priority model for 1,000,000 incidents, a Cambridgeshire force-year, an eastern-region year), the same
/// canonical model as a minimal hand-written loop, the parallel speed-up of force-years, the cost per force as forces
/// grow (1, 6, 43), optionally a national year in a child process, then the grain host. Each figure is reported as one
/// <c>key=value</c> line as soon as it is measured; the keys stay stable so older notes remain comparable.
/// </summary>
public static class BenchService
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;
    private static readonly string[] CanonicalGrades = ["emergency", "priority"];

    public static async Task RunAsync(BenchRequest request, Action<string> report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(report);
        if (request.Repeat is < 1 or > 50)
        {
            throw new InvalidRequestException($"--repeat must be from 1 to 50 (got {request.Repeat}).");
        }

        if (request.Scale is not (> 0 and <= 1))
        {
            throw new InvalidRequestException($"--scale must be above 0 and at most 1 (got {request.Scale.ToString(C)}).");
        }

        var canonical = Load(request, "benchmarks/canonical-mm20.yaml");
        var forceYear = Load(request, "cambridgeshire-2022.yaml");
        var minimal = MinimalLoopModel.From(canonical);

        // Warm the JIT on short versions of each model so timings measure the code, not its compilation.
        ReplicationTimer.Time(ReplicationTimer.Shortened(canonical, 30), 1);
        ReplicationTimer.Time(ReplicationTimer.Shortened(forceYear, 14), 1);
        MinimalPriorityLoop.Run(minimal with { HorizonMinutes = Math.Min(minimal.HorizonMinutes, 30 * 1440) });

        var (engine, force) = TimeEngine(canonical, forceYear, request.Repeat, report);
        ReportMinimalLoop(minimal, engine, request.Repeat, report);
        var region = Load(request, "eastern-region.yaml", yearLong: true);
        var regionTimed = ReplicationTimer.Time(region, request.Repeat);
        report(string.Create(C, $"region_year_seconds={regionTimed.Seconds:F3} (in-process; {region.Forces.Count} forces)"));

        var speedup = await ParallelSpeedup.MeasureAsync(forceYear, BenchRequest.SpeedupReplications, cancellationToken).ConfigureAwait(false);
        report(string.Create(C, $"parallel_speedup={speedup.Speedup:F2} ({speedup.Replications} force-years through the experiment runner: --parallel 1 {speedup.SerialSeconds:F2} s, --parallel {speedup.Cores} {speedup.ParallelSeconds:F2} s; cores_used={speedup.Cores}; gc={speedup.GcMode} concurrent={(speedup.ConcurrentGc ? "true" : "false")})"));

        var lone = PerForceYear(force.Seconds, forceYear, 1);
        var national = await NationalPerForceAsync(request, lone, force.Seconds / force.Events, report, cancellationToken).ConfigureAwait(false);
        report(string.Create(C, $"cost_per_force_seconds forces=1:{lone:F3} forces={region.Forces.Count}:{PerForceYear(regionTimed.Seconds, region, region.Forces.Count):F3} forces={national.Forces}:{national.PerForce:F3} (seconds per force per 365 simulated days, warm-up days included; in-process, one thread; forces={national.Forces} {national.Basis})"));

        if (request.GrainHost)
        {
            await GrainHostBench.RunAsync(forceYear, region, force.Seconds, regionTimed.Seconds, report, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The canonical model and the force-year through the engine, with the lines older bench runs printed.</summary>
    private static (TimedReplication Canonical, TimedReplication Force) TimeEngine(Scenario canonical, Scenario forceYear, int repeat, Action<string> report)
    {
        var pauseBefore = GC.GetTotalPauseDuration();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var engine = ReplicationTimer.Time(canonical, repeat);
        var force = ReplicationTimer.Time(forceYear, repeat);
        var gcPause = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var peak = process.PeakWorkingSet64 / (1024.0 * 1024.0);
        report(string.Create(C, $"machine={RuntimeInformation.OSDescription.Trim()}; {Environment.ProcessorCount} cores; {RuntimeInformation.FrameworkDescription}; single thread"));
        report(string.Create(C, $"canonical_incidents={engine.Incidents:F0} canonical_events={engine.Events} force_year_events={force.Events} repeats={repeat}"));
        report(string.Create(C, $"timed_runs_cpu_seconds={cpu:F2} gc_pause_seconds={gcPause:F2} gc_collections={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        report(string.Create(C, $"events_per_second={(engine.Events + force.Events) / (engine.Seconds + force.Seconds):F0}"));
        report(string.Create(C, $"canonical_1m_seconds={engine.Seconds:F3}"));
        report(string.Create(C, $"force_year_seconds={force.Seconds:F3}"));
        report(string.Create(C, $"peak_memory_mb={peak:F0}"));
        return (engine, force);
    }

    /// <summary>The canonical model as a minimal hand-written loop (median of the same repeats), its waits beside the engine's.</summary>
    private static void ReportMinimalLoop(MinimalLoopModel model, TimedReplication engine, int repeat, Action<string> report)
    {
        var seconds = new List<double>();
        MinimalLoopResult? result = null;
        for (var i = 0; i < repeat; i++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            result = MinimalPriorityLoop.Run(model);
            seconds.Add(clock.Elapsed.TotalSeconds);
        }

        seconds.Sort();
        var median = seconds[seconds.Count / 2];
        var engineWaits = string.Join('/', CanonicalGrades.Select(g => (engine.Measures.GetValueOrDefault($"response.dispatch_wait_minutes.{g}") ?? double.NaN).ToString("F2", C)));
        report(string.Create(C, $"minimal_loop_1m_seconds={median:F3} (incidents={result!.Incidents} events={result.Events}; mean wait minutes by grade {string.Join('/', result.MeanWaitMinutes.Select(w => w.ToString("F2", C)))}, engine {engineWaits}; AggressiveOptimization)"));
        report(string.Create(C, $"canonical_vs_minimal={engine.Seconds / median:F2}"));
    }

    /// <summary>
    /// Seconds per force of the 43-force national model: from a full national year in a child process when asked (with
    /// its own peak memory), else from a short in-process run scaled to a year.
    /// </summary>
    /// <param name="lonePerEvent">Seconds per event of the lone force: the national model's forces are larger on average, so
    /// a per-force ratio also counts their extra work; per event it counts only what a larger model costs.</param>
    private static async Task<(int Forces, double PerForce, string Basis)> NationalPerForceAsync(BenchRequest request, double lonePerForce, double lonePerEvent, Action<string> report, CancellationToken cancellationToken)
    {
        var path = Path.Combine(request.ScenariosFolder, "england-wales.yaml");
        if (!request.National)
        {
            var days = Math.Max(1, Math.Round(BenchRequest.ShortNationalDays * request.Scale));
            var shortRun = ReplicationTimer.Shortened(ScenarioInput.Load(path, replications: 1), days);
            var timed = ReplicationTimer.Time(shortRun, 1);
            return (shortRun.Forces.Count, PerForceYear(timed.Seconds, shortRun, shortRun.Forces.Count), string.Create(C, $"from {days:F0} days with no warm-up scaled to a year; --national times a whole year"));
        }

        var horizon = Math.Max(1, Math.Round(365 * request.Scale));
        var probe = await ReplicationProbe.MeasureAsync(request.Self, path, horizon, 0, cancellationToken).ConfigureAwait(false);
        var perForce = probe.Seconds * 365 / horizon / probe.Forces;
        report(string.Create(C, $"national_year_seconds={probe.Seconds * 365 / horizon:F3} (in-process, one thread, child process; cpu_seconds={probe.CpuSeconds * 365 / horizon:F1}; {probe.Forces} forces; {probe.Events} events; {horizon:F0} days, no warm-up{(horizon == 365 ? "" : ", scaled to a year")})"));
        report(string.Create(C, $"national_peak_memory_mb={probe.PeakMemoryMb:F0} (the child process's own peak resident memory)"));
        report(string.Create(C, $"national_gc_pause_seconds={probe.GcPauseSeconds * 365 / horizon:F2} (the child's collector pauses over the run; collections gen0/1/2 {probe.GcCollections}{(horizon == 365 ? "" : ", scaled to a year")})"));
        report(string.Create(C, $"national_cost_per_force_ratio={perForce / lonePerForce:F2} (national seconds per force ÷ a lone Cambridgeshire force's, both per 365 simulated days)"));
        var loneEventsPerYear = lonePerForce / lonePerEvent;
        var nationalEventsPerForceYear = (double)probe.Events / probe.Forces * 365 / horizon;
        report(string.Create(C, $"national_cost_per_event_ratio={probe.Seconds / probe.Events / lonePerEvent:F2} (national seconds per event ÷ the lone force's; a national force averages {nationalEventsPerForceYear / loneEventsPerYear:F2} × the lone force's events a year)"));
        return (probe.Forces, perForce, "from the national year");
    }

    /// <summary>Seconds per force per 365 simulated days (warm-up included), so runs of different lengths compare.</summary>
    private static double PerForceYear(double seconds, Scenario scenario, int forces) =>
        seconds * 365 / (scenario.Run.HorizonDays + scenario.Run.WarmupDays) / forces;

    private static Scenario Load(BenchRequest request, string relativePath, bool yearLong = false)
    {
        var scenario = ScenarioInput.Load(Path.Combine(request.ScenariosFolder, relativePath), replications: 1);
        scenario = yearLong ? scenario with { Run = scenario.Run with { HorizonDays = 365 } } : scenario;
        return ReplicationTimer.Scaled(scenario, request.Scale);
    }
}
