using System.Diagnostics;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Running;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Benchmarking;

/// <summary>Replication 0 of a scenario timed through the real engine on the in-process host, one thread.</summary>
public static class ReplicationTimer
{
    private static readonly string[] DispatchedGrades = ["emergency", "priority", "scheduled"];

    /// <summary>
    /// Median wall time of <paramref name="repeat"/> runs, with the last run's events, dispatched incidents and measures.
    /// A full collection before each run keeps one run's garbage out of the next one's time.
    /// </summary>
    public static TimedReplication Time(Scenario scenario, int repeat)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeat, 1);
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
        return new TimedReplication(seconds[seconds.Count / 2], last!.EventsProcessed, incidents, last.Measures);
    }

    /// <summary>The scenario cut to <paramref name="days"/> with no warm-up: a short run to warm the JIT, or a smoke test.</summary>
    public static Scenario Shortened(Scenario scenario, double days)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario with { Run = scenario.Run with { HorizonDays = days, WarmupDays = 0 } };
    }

    /// <summary>
    /// The scenario's horizon and warm-up multiplied by <paramref name="scale"/> (1: unchanged), the horizon never below a
    /// day: smoke tests run every model briefly.
    /// </summary>
    public static Scenario Scaled(Scenario scenario, double scale)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scale == 1 ? scenario : scenario with
        {
            Run = scenario.Run with { HorizonDays = Math.Max(1, Math.Round(scenario.Run.HorizonDays * scale)), WarmupDays = Math.Round(scenario.Run.WarmupDays * scale) },
        };
    }
}
