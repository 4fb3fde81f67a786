using ForceSim.Engine.Compilation;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;
using ForceSim.Model.Scenarios;

namespace ForceSim.Grains.Runs;

/// <summary>
/// Runs one replication on the grain host from outside the cluster: starts the run's coordinator, polls it until
/// it finishes (no call ever waits for a whole run), and measures its tally exactly as the in-process host does.
/// A finished run's entities stay queryable, and in memory, until its owner calls <see cref="ReleaseAsync"/>, unless it
/// retired its victims (<c>retireVictims</c>): then only the victims still active at the end can be asked about.
/// </summary>
public static class GrainHostRun
{
    /// <summary>Frees a run: its grains leave memory and its resting victims' state is dropped (stopping it first if it is going).</summary>
    public static Task ReleaseAsync(IGrainFactory grains, Guid run)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IRunGrain>(run).Release();
    }

    /// <summary>Activations of ForceSim's own grains (run coordinators and LPs) across the cluster right now.</summary>
    public static async Task<int> ActivationsAsync(IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var statistics = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics().ConfigureAwait(false);
        return statistics.Where(s => s.GrainType.StartsWith("ForceSim.", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
    }

    public static async Task<GrainRunResult> RunAsync(
        IGrainFactory grains,
        Scenario scenario,
        int replication,
        bool keepTally = false,
        Action<RunProgress>? progress = null,
        double victimRestMinutes = RunSpec.DefaultVictimRestMinutes,
        bool retireVictims = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(scenario);
        var id = Guid.NewGuid();
        var run = grains.GetGrain<IRunGrain>(id);
        try
        {
            await run.Start(new RunSpec(scenario, replication, victimRestMinutes, retireVictims)).ConfigureAwait(false);
        }
        catch (Exception e) when (RunLostException.IsLoss(e))
        {
            // The coordinator was being placed on a silo that had just left: nothing ran, so the replication runs again.
            throw new RunLostException($"Run {id:N} (replication {replication}) could not start its coordinator: {e.Message}", e) { Run = id };
        }

        var pause = TimeSpan.FromMilliseconds(20);
        while (true)
        {
            RunProgress now;
            try
            {
                now = await run.Progress().ConfigureAwait(false);
            }
            catch (Exception e) when (RunLostException.IsLoss(e))
            {
                throw new RunLostException($"Run {id:N} (replication {replication}) lost its coordinator: {e.Message}", e) { Run = id };
            }

            progress?.Invoke(now);
            switch (now.State)
            {
                case RunState.NotStarted:
                    // It was started: a fresh coordinator means the old one went with its silo.
                    throw new RunLostException($"Run {id:N} (replication {replication}) lost its coordinator with a silo that left the cluster.") { Run = id };
                case RunState.Lost:
                    throw new RunLostException($"Run {id:N} (replication {replication}) lost part of its state: {now.Error}") { Run = id };
                case RunState.Finished:
                    var output = await Output(run, id, replication).ConfigureAwait(false);
                    var model = new CompiledScenario(scenario);
                    var result = ReplicationRunner.Measure(model, replication, TallyCodec.Decode(output.Tally), keepTally);
                    return new GrainRunResult(id, result, output);
                case RunState.Failed:
                    throw new InvalidOperationException($"Run {id:N} (replication {replication}) failed on the grain host: {now.Error}");
                case RunState.Cancelled:
                    throw new OperationCanceledException($"Run {id:N} was cancelled.");
            }

            if (cancellationToken.IsCancellationRequested)
            {
                await run.Release().ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }

            await Task.Delay(pause, CancellationToken.None).ConfigureAwait(false);
            pause = TimeSpan.FromMilliseconds(Math.Min(250, pause.TotalMilliseconds * 1.5));
        }
    }

    /// <summary>A finished run's output, which leaves with its coordinator's silo if that silo dies before it is read.</summary>
    private static async Task<RunOutput> Output(IRunGrain run, Guid id, int replication)
    {
        try
        {
            return await run.Output().ConfigureAwait(false);
        }
        catch (Exception e) when (RunLostException.IsLoss(e))
        {
            throw new RunLostException($"Run {id:N} (replication {replication}) finished, but its output went with its silo: {e.Message}", e) { Run = id };
        }
    }
}
