using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ForceSim.Cli.Hosts;
using ForceSim.Cli.Options;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Running;
using ForceSim.Experiments;
using ForceSim.Experiments.Scenarios;
using ForceSim.Model.Scenarios;

namespace ForceSim.Cli.Commands;

/// <summary>
/// <c>forcesim bench</c>: single-threaded timings of the canonical M/M/20 priority model (1,000,000
/// incidents), one force-year of the Cambridgeshire baseline and a year of the eastern region, through the real
/// engine on the in-process host, then the force-year and region-year again on the grain host (embedded silo).
/// </summary>
public static class BenchCommand
{
    private static readonly string[] DispatchedGrades = ["emergency", "priority", "scheduled"];

    public static Command Create()
    {
        var repeat = new Option<int>("--repeat") { Description = "Timed runs of each model; the median is reported.", DefaultValueFactory = _ => 3 };
        var scenarios = new Option<string?>("--scenarios") { Description = "Folder holding benchmarks/canonical-mm20.yaml and cambridgeshire-2022.yaml (default: the shipped ones)." };
        var hosts = new Option<string>("--hosts") { Description = "all (default): both hosts; in-process: skip the grain host.", DefaultValueFactory = _ => "all" };
        hosts.AcceptOnlyFromAmong("all", HostOption.InProcess);
        var command = new Command("bench", "Measure engine speed (events/s, seconds per force-year) and peak memory, on both hosts.") { repeat, scenarios, hosts };
        command.SetAction((parse, cancellationToken) => ExecuteAsync(parse.GetValue(repeat), parse.GetValue(scenarios), parse.GetValue(hosts) == "all", cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(int repeat, string? folder, bool grains, CancellationToken cancellationToken)
    {
        if (repeat is < 1 or > 50)
        {
            throw new InvalidRequestException($"--repeat must be from 1 to 50 (got {repeat}).");
        }

        folder ??= Path.Combine(AppContext.BaseDirectory, "scenarios");
        var canonical = ScenarioInput.Load(Path.Combine(folder, "benchmarks", "canonical-mm20.yaml"), replications: 1);
        var forceYear = ScenarioInput.Load(Path.Combine(folder, "cambridgeshire-2022.yaml"), replications: 1);
        var c = CultureInfo.InvariantCulture;

        // Warm the JIT on short versions of both models so timings measure the engine, not compilation.
        Time(Shortened(canonical, 30), 1);
        Time(Shortened(forceYear, 14), 1);

        var pauseBefore = GC.GetTotalPauseDuration();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var (canonicalSeconds, canonicalEvents, incidents) = Time(canonical, repeat);
        var (forceSeconds, forceEvents, _) = Time(forceYear, repeat);
        var gcPause = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(c, $"machine={RuntimeInformation.OSDescription.Trim()}; {Environment.ProcessorCount} cores; {RuntimeInformation.FrameworkDescription}; single thread"));
        Console.WriteLine(string.Create(c, $"canonical_incidents={incidents:F0} canonical_events={canonicalEvents} force_year_events={forceEvents} repeats={repeat}"));
        Console.WriteLine(string.Create(c, $"timed_runs_cpu_seconds={cpu:F2} gc_pause_seconds={gcPause:F2} gc_collections={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        Console.WriteLine(string.Create(c, $"events_per_second={(canonicalEvents + forceEvents) / (canonicalSeconds + forceSeconds):F0}"));
        Console.WriteLine(string.Create(c, $"canonical_1m_seconds={canonicalSeconds:F3}"));
        Console.WriteLine(string.Create(c, $"force_year_seconds={forceSeconds:F3}"));
        Console.WriteLine(string.Create(c, $"peak_memory_mb={peak:F0}"));
        var region = ScenarioInput.Load(Path.Combine(folder, "eastern-region.yaml"), replications: 1);
        region = region with { Run = region.Run with { HorizonDays = 365 } };
        var (regionSeconds, _, _) = Time(region, repeat);
        Console.WriteLine(string.Create(c, $"region_year_seconds={regionSeconds:F3} (in-process; {region.Forces.Count} forces)"));
        if (grains)
        {
            await GrainBench.RunAsync(forceYear, region, forceSeconds, regionSeconds, cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static Scenario Shortened(Scenario scenario, double days) =>
        scenario with { Run = scenario.Run with { HorizonDays = days, WarmupDays = 0 } };

    /// <summary>Median wall time of <paramref name="repeat"/> single-replication runs, with the events of one run.</summary>
    private static (double Seconds, long Events, double Incidents) Time(Scenario scenario, int repeat)
    {
        var model = new CompiledScenario(scenario);
        var seconds = new List<double>();
        ReplicationResult? last = null;
        for (var i = 0; i < repeat; i++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            last = ReplicationRunner.Run(model, 0);
            seconds.Add(clock.Elapsed.TotalSeconds);
        }

        seconds.Sort();
        var hours = model.Period.Minutes / 60.0;
        var incidents = DispatchedGrades.Sum(g => (last!.Measures.GetValueOrDefault($"response.incidents_per_hour.{g}") ?? 0) * hours);
        return (seconds[seconds.Count / 2], last!.EventsProcessed, incidents);
    }
}
