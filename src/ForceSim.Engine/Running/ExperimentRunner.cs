using ForceSim.Engine.Compilation;
using ForceSim.Engine.Diagnostics;
using ForceSim.Engine.Hosting;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Running;

/// <summary>
/// Runs a scenario's replications in parallel. Each replication derives its random streams from (seed, replication,
/// LP, purpose) and lands in its own slot, so results are the same at any degree of parallelism and on any host.
/// </summary>
public static class ExperimentRunner
{
    public static async Task<ExperimentResult> RunAsync(Scenario scenario, ExperimentOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new ExperimentOptions();
        var model = new CompiledScenario(scenario);
        var count = scenario.Run.Replications;
        var results = new ReplicationResult[count];
        var done = 0;
        var host = options.Host ?? InProcessReplicationHost.Shared;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, count), parallel, async (i, token) =>
        {
            var resumed = options.TryResume?.Invoke(i);
            results[i] = resumed ?? await host.RunAsync(options.ModelFor?.Invoke(i) ?? model, i, options.KeepsTally(i), token).ConfigureAwait(false);
            if (resumed is null)
            {
                options.OnFinished?.Invoke(results[i]);
            }

            options.Progress?.Report(Interlocked.Increment(ref done));
        }).ConfigureAwait(false);

        return StabilityDiagnosis.Apply(new ExperimentResult { ScenarioName = scenario.Name, Seed = scenario.Run.Seed, Replications = results }, model.Rubric);
    }
}
