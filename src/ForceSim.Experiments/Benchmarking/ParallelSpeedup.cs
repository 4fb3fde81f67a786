using System.Diagnostics;
using System.Runtime;
using ForceSim.Engine.Running;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Benchmarking;

/// <summary>
/// The same replications run one at a time and then one per core through the real <see cref="ExperimentRunner"/>
/// (as <c>run --parallel 1</c> and the default do): the ratio of wall times is what a second core buys. The GC mode is
/// reported with it because it decides much of the answer.
/// </summary>
public static class ParallelSpeedup
{
    public static async Task<SpeedupResult> MeasureAsync(Scenario scenario, int replications, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var batch = scenario with { Run = scenario.Run with { Replications = replications } };
        var cores = Environment.ProcessorCount;
        var serial = await TimeAsync(batch, 1, cancellationToken).ConfigureAwait(false);
        var parallel = await TimeAsync(batch, cores, cancellationToken).ConfigureAwait(false);
        var gc = GCSettings.IsServerGC ? "Server" : "Workstation";
        // Batch latency is what the runtime reports when concurrent (background) collection is off.
        var concurrent = GCSettings.LatencyMode != GCLatencyMode.Batch;
        return new SpeedupResult(replications, cores, serial, parallel, gc, concurrent);
    }

    private static async Task<double> TimeAsync(Scenario batch, int parallelism, CancellationToken cancellationToken)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        await ExperimentRunner.RunAsync(batch, new ExperimentOptions { MaxParallelism = parallelism }, cancellationToken).ConfigureAwait(false);
        return clock.Elapsed.TotalSeconds;
    }
}
