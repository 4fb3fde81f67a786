using System.Collections.Concurrent;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Running;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ForceSim.Grains.Experiments;

/// <summary>
/// A silo's worker slots. Each slot pulls one replication at a time from an open experiment, runs it on the in-process
/// host (outside any grain call, so no call waits for a simulation) and reports the result. Pulling spreads work over
/// every silo in proportion to its slots, bounds concurrency per silo, and needs no knowledge of which silos exist.
/// </summary>
public sealed partial class ReplicationWorkers(
    IGrainFactory grains,
    ILocalSiloDetails silo,
    IOptions<ReplicationWorkerOptions> options,
    ILogger<ReplicationWorkers> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Lazy<Task<CompiledScenario>>> _models = new();
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
        foreach (var key in _models.Keys.Except(open))
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

            var model = await _models.GetOrAdd(id, _ => new Lazy<Task<CompiledScenario>>(() => Compile(experiment))).Value.ConfigureAwait(false);
            ReplicationResult result;
            try
            {
                result = ReplicationRunner.Run(model, replication, keepTally: false, stopping);
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

    private static async Task<CompiledScenario> Compile(IExperimentGrain experiment) =>
        new((await experiment.Spec().ConfigureAwait(false)).Scenario);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A worker slot failed and will try again")]
    private static partial void LogSlotError(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not hand in replication {Replication} yet; retrying")]
    private static partial void LogReportRetry(ILogger logger, Exception exception, int replication);

    [LoggerMessage(Level = LogLevel.Information, Message = "Finished replication {Replication} of experiment {Experiment}")]
    private static partial void LogFinished(ILogger logger, int replication, string experiment);
}
