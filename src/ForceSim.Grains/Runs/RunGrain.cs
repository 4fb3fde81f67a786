using ForceSim.Engine.Compilation;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace ForceSim.Grains.Runs;

/// <summary>
/// Coordinates one run. <see cref="Start"/> launches the window loop as a background task on the grain's own
/// scheduler and returns; progress and output are read by polling, and the LP grains answer queries throughout.
/// </summary>
[CollectionAgeLimit(Days = 1)]
public sealed partial class RunGrain(ILogger<RunGrain> logger) : Grain, IRunGrain, IDisposable
{
    private RunSpec? _spec;
    private WindowCoordinator? _coordinator;
    private RunState _state = RunState.NotStarted;
    private RunOutput? _output;
    private string? _error;
    private bool _cancelRequested;
    private long _windows;
    private Task _drive = Task.CompletedTask;

    public Task Start(RunSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (_state != RunState.NotStarted)
        {
            throw new InvalidOperationException($"Run {this.GetPrimaryKey():N} has already been started.");
        }

        _spec = spec;
        var model = new CompiledScenario(spec.Scenario);
        _windows = model.WindowCount;
        _coordinator = new WindowCoordinator(GrainFactory, model, this.GetPrimaryKey(), spec.VictimRestMinutes, spec.RetireVictims);
        _state = RunState.Running;
        _drive = Drive(_coordinator); // not awaited on purpose: Drive records every outcome in the run's state
        return Task.CompletedTask;
    }

    public Task<Immutable<byte[]?>> RestedVictim(long victim) =>
        Task.FromResult((_coordinator ?? throw Unknown()).RestedState(victim).AsImmutable());

    public async Task Release()
    {
        if (_coordinator is null)
        {
            DeactivateOnIdle();
            return;
        }

        _cancelRequested = true;
        await _drive.ConfigureAwait(true);
        try
        {
            await _coordinator.Release().ConfigureAwait(true);
        }
        finally
        {
            // Even if some grains could not be reached (their silo left), the coordinator and what it holds go.
            _coordinator.Dispose();
            _coordinator = null;
            _output = null;
            DeactivateOnIdle();
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Collected without a release (its owner went away): what its resting victims handed over goes too.
        Dispose();
        return base.OnDeactivateAsync(reason, cancellationToken);
    }

    public void Dispose() => _coordinator?.Dispose();

    public Task<RunSpec> Spec() => Task.FromResult(_spec ?? throw Unknown());

    public Task<RunProgress> Progress() => Task.FromResult(new RunProgress(
        _state,
        _coordinator?.WindowsDone ?? 0,
        _windows,
        _coordinator?.GrainCalls ?? 0,
        _coordinator?.MessagesDelivered ?? 0,
        _coordinator?.Victims ?? 0,
        _coordinator?.VictimsResting ?? 0,
        _error));

    public Task<RunOutput> Output() => _state == RunState.Finished
        ? Task.FromResult(_output!)
        : throw new InvalidOperationException($"Run {this.GetPrimaryKey():N} has not finished (it is {_state.ToString().ToLowerInvariant()}).");

    public Task Cancel()
    {
        _cancelRequested = true;
        return Task.CompletedTask;
    }

    private async Task Drive(WindowCoordinator coordinator)
    {
        try
        {
            _output = await coordinator.Run(() => _cancelRequested).ConfigureAwait(true);
            _state = RunState.Finished;
        }
        catch (OperationCanceledException)
        {
            _state = RunState.Cancelled;
        }
        catch (Exception e) when (RunLostException.IsLoss(e))
        {
            _error = e.Message;
            _state = RunState.Lost;
        }
#pragma warning disable CA1031 // the loop runs detached: every failure must become the run's state, or pollers wait forever
        catch (Exception e)
#pragma warning restore CA1031
        {
            _error = e.Message;
            _state = RunState.Failed;
            LogRunFailed(logger, e, this.GetPrimaryKey());
        }
    }

    private InvalidOperationException Unknown() =>
        new($"Run {this.GetPrimaryKey():N} is unknown: it was never started here, or its owner has released it.");

    [LoggerMessage(Level = LogLevel.Error, Message = "Run {Run} failed")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, Guid run);
}
