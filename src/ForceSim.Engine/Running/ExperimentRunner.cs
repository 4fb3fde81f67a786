using ForceSim.Engine.Compilation;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Running;

/// <summary>
/// Runs a scenario's replications in parallel across cores. Each replication derives its random
/// streams from (seed, replication, LP, purpose), so results are the same at any degree of parallelism.
/// </summary>
public static class ExperimentRunner
{
    public static ExperimentResult Run(Scenario scenario, ExperimentOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new ExperimentOptions();
        var model = new CompiledScenario(scenario);
        var count = scenario.Run.Replications;
        var results = new ReplicationResult[count];
        var done = 0;
        var run = options.RunReplication ?? ReplicationRunner.Run;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism), CancellationToken = cancellationToken };
        Parallel.For(0, count, parallel, i =>
        {
            var resumed = options.TryResume?.Invoke(i);
            results[i] = resumed ?? run(model, i, options.KeepTallies, cancellationToken);
            if (resumed is null)
            {
                options.OnFinished?.Invoke(results[i]);
            }

            options.Progress?.Report(Interlocked.Increment(ref done));
        });

        return new ExperimentResult { ScenarioName = scenario.Name, Seed = scenario.Run.Seed, Replications = results };
    }
}
