using System.Collections.Concurrent;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Running;
using ForceSim.Grains.Runs;
using ForceSim.Model.Scenarios;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ForceSim.Grains.Experiments;

/// <summary>
/// A silo's worker slots. Each slot pulls one replication at a time from an open experiment, runs it (outside any grain
/// call, so no call waits for a simulation) and reports the result. Pulling spreads work over every silo in proportion
/// to its slots, bounds concurrency per silo, and needs no knowledge of which silos exist. A replication runs on the
/// experiment's host: the in-process engine inside the slot, or the grain host with the run's grains spread over the
/// cluster; a grain-hosted run that loses part of its state with a departing silo is handed back and runs again.
/// </summary>
public sealed partial class ReplicationWorkers(
    IGrainFactory grains,
    ILocalSiloDetails silo,
    IOptions<ReplicationWorkerOptions> options,
    ILogger<ReplicationWorkers> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Lazy<Task<(ExperimentSpec Spec, ExperimentPlan Plan)>>> _specs = new();
    private readonly ConcurrentDictionary<(string Experiment, int Variant), Lazy<CompiledScenario>> _models = new();

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.Slots)).Select(slot => Task.Run(() => Slot(slot, stoppingToken), CancellationToken.None)));

    private async Task Slot(int slot, CancellationToken stopping)
    {
        var holder = LeaseHolder.Of(silo.SiloAddress, slot);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (!await RunOne(holder, stopping).ConfigureAwait(false))
                {
                    await Task.Delay(options.Value.IdlePause, stopping).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a slot outlives any one failure (a silo going down, storage blinking): it waits and tries again
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogSlotError(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Runs one replication of the first open experiment that has one to give; false if none had.</summary>
    private async Task<bool> RunOne(string holder, CancellationToken stopping)
    {
        var open = await grains.GetGrain<IExperimentBoardGrain>(0).Open().ConfigureAwait(false);
        foreach (var key in _specs.Keys.Except(open))
        {
            _specs.TryRemove(key, out _);
        }

        foreach (var key in _models.Keys.Where(k => !open.Contains(k.Experiment)))
        {
            _models.TryRemove(key, out _);
        }

        foreach (var id in open)
        {
            var experiment = grains.GetGrain<IExperimentGrain>(id);
            if (await experiment.Lease(holder).ConfigureAwait(false) is not { } replication)
            {
                continue;
            }

            var (spec, plan) = await SpecAsync(id, experiment, replication).ConfigureAwait(false);
            var (variant, index) = plan.Locate(replication);
            var number = plan.FirstReplication(variant) + index;
            ReplicationResult result;
            try
            {
                result = spec.Host == ReplicationHost.Grains
                    ? await OnGrains(spec, plan.Scenarios[variant], number, stopping).ConfigureAwait(false)
                    : ReplicationRunner.Run(Compiled(id, variant, plan), number, keepTally: false, stopping);
            }
            catch (RunLostException e) when (!stopping.IsCancellationRequested)
            {
                LogRunLost(logger, e, replication, id);
                await Forget(e.Run).ConfigureAwait(false);
                await experiment.Release(replication, holder).ConfigureAwait(false);
                return true;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                await experiment.Release(replication, holder).ConfigureAwait(false);
                throw;
            }
#pragma warning disable CA1031 // the model rejected its own input: re-running would fail the same way, so the experiment stops with the reason
            catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                await experiment.Fail(replication, holder, e.Message).ConfigureAwait(false);
                return true;
            }

            await Report(experiment, replication, holder, result, stopping).ConfigureAwait(false);
            LogFinished(logger, replication, id);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Hands a finished replication in, retrying while the experiment grain is unreachable (its silo just died and it is
    /// moving): a result computed is a result kept. Only a silo shutting down gives up, and then its lease lapses.
    /// </summary>
    private async Task Report(IExperimentGrain experiment, int replication, string holder, ReplicationResult result, CancellationToken stopping)
    {
        while (true)
        {
            try
            {
                await experiment.Complete(replication, holder, result).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException && !stopping.IsCancellationRequested)
            {
                LogReportRetry(logger, e, replication);
                await Task.Delay(TimeSpan.FromSeconds(1), stopping).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The experiment's spec, fetched once per silo (again when a leased item lies beyond it: variants were added). A
    /// failed fetch (the experiment's silo just died) is not kept: kept, it would fail this slot on every lease, and the
    /// slot, leasing the same replication again each time, would hold it from every other silo for good.
    /// </summary>
    private async Task<(ExperimentSpec Spec, ExperimentPlan Plan)> SpecAsync(string id, IExperimentGrain experiment, int item)
    {
        while (true)
        {
            var entry = _specs.GetOrAdd(id, _ => new(() => Fetch(experiment)));
            try
            {
                var fetched = await entry.Value.ConfigureAwait(false);
                if (item < fetched.Plan.Total)
                {
                    return fetched;
                }
            }
            catch
            {
                _specs.TryRemove(new KeyValuePair<string, Lazy<Task<(ExperimentSpec, ExperimentPlan)>>>(id, entry));
                throw;
            }

            _specs.TryRemove(new KeyValuePair<string, Lazy<Task<(ExperimentSpec, ExperimentPlan)>>>(id, entry));
        }
    }

    private static async Task<(ExperimentSpec, ExperimentPlan)> Fetch(IExperimentGrain experiment)
    {
        var spec = await experiment.Spec().ConfigureAwait(false);
        return (spec, ExperimentPlan.Of(spec));
    }

    /// <summary>A variant's compiled scenario, compiled once per silo.</summary>
    private CompiledScenario Compiled(string id, int variant, ExperimentPlan plan) =>
        _models.GetOrAdd((id, variant), _ => new(() => new CompiledScenario(plan.Scenarios[variant]))).Value;

    /// <summary>One replication on the grain host, retiring victims as they finish; its grains are released as soon as the result is in.</summary>
    private async Task<ReplicationResult> OnGrains(ExperimentSpec spec, Scenario scenario, int replication, CancellationToken stopping)
    {
        var run = await GrainHostRun.RunAsync(grains, scenario, replication, victimRestMinutes: spec.VictimRestMinutes, retireVictims: true, cancellationToken: stopping).ConfigureAwait(false);
        await Forget(run.Run).ConfigureAwait(false);
        return run.Result;
    }

    /// <summary>Releases a run's grains; a failure here (a silo leaving) only means some are already gone.</summary>
    private async Task Forget(Guid run)
    {
        try
        {
            await GrainHostRun.ReleaseAsync(grains, run).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // best effort: the result is safe; grains left behind are collected within a day
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            LogReleaseFailed(logger, e, run);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A worker slot failed and will try again")]
    private static partial void LogSlotError(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not hand in replication {Replication} yet; retrying")]
    private static partial void LogReportRetry(ILogger logger, Exception exception, int replication);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replication {Replication} of experiment {Experiment} lost part of its grain-hosted state with a silo; handing it back to run again")]
    private static partial void LogRunLost(ILogger logger, Exception exception, int replication, string experiment);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release grain-hosted run {Run}")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, Guid run);

    [LoggerMessage(Level = LogLevel.Information, Message = "Finished replication {Replication} of experiment {Experiment}")]
    private static partial void LogFinished(ILogger logger, int replication, string experiment);
}
