using ForceSim.Engine.Hosting;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Grains.Hosting;

namespace ForceSim.Grains.Processes;

/// <summary>
/// Hosts one LP: the grain only delivers, advances and hands back what the LP sent. All behaviour is the engine's,
/// so this host and the in-process one run the same code on the same messages in the same order.
/// </summary>
public abstract class LogicalProcessGrain<TProcess>(RunContexts runs) : Grain, ILogicalProcessGrain
    where TProcess : class, ILogicalProcess
{
    private readonly List<Message> _outbox = [];
    private TProcess? _process;
    private RunContext? _context;
    private bool _started;

    protected TProcess Process => _process ?? throw new InvalidOperationException("The LP grain is not activated.");

    protected RunContext Context => _context ?? throw new InvalidOperationException("The LP grain is not activated.");

    protected long LpNumber => this.GetPrimaryKeyLong(out _);

    protected Guid RunId
    {
        get
        {
            this.GetPrimaryKeyLong(out var run);
            return Guid.ParseExact(run!, "N");
        }
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        try
        {
            _context = await runs.Borrow(RunId).ConfigureAwait(true);
            if (CreatesOnActivation)
            {
                _process = await CreateAsync(_context, LpNumber).ConfigureAwait(true);
            }
        }
        catch
        {
            // A failed activation is never deactivated: give the context back now, or a bad run stays cached.
            _context = null;
            runs.Return(RunId);
            throw;
        }

        await base.OnActivateAsync(cancellationToken).ConfigureAwait(true);
    }

    public Task<StepResult> Start()
    {
        _started = true;
        Process.Start(_outbox);
        return Task.FromResult(Result());
    }

    public virtual Task<StepResult> Step(StepRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckStarted();
        StepProcess(request);
        return Task.FromResult(Result());
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Holding a context means this activation borrowed it.
        if (_context is not null)
        {
            _context = null;
            runs.Return(RunId);
        }

        return base.OnDeactivateAsync(reason, cancellationToken);
    }

    public Task Release()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task<byte[]> Collect()
    {
        CheckStarted();
        var model = Context.Model;
        var tally = new ReplicationTally(model.Period, model.Forces.Length, model.ControlRooms.Length);
        Process.Collect(tally);
        return Task.FromResult(TallyCodec.Encode(tally));
    }

    /// <summary>False for grains that decide how to create their LP on their first call (a victim may be restored from the state it handed over).</summary>
    protected virtual bool CreatesOnActivation => true;

    protected bool HasProcess => _process is not null;

    protected void Adopt(TProcess process) => _process = process;

    protected LpStateLostException Lost() =>
        new($"{GetType().Name} {LpNumber} of run {RunId:N} has lost its state (its silo left the cluster); the run cannot go on.");

    /// <summary>A fixed LP steps only after its run started it: an empty activation means its state was lost with a silo.</summary>
    private void CheckStarted()
    {
        if (CreatesOnActivation && !_started)
        {
            throw Lost();
        }
    }

    protected abstract Task<TProcess> CreateAsync(RunContext context, long lp);

    /// <summary>The protocol's one step rule, as the in-process host applies it: deliver in order, then advance if an event is due.</summary>
    protected void StepProcess(StepRequest request) => ProcessStep.Run(Process, request.Inbox, request.WindowEnd, _outbox);

    protected virtual VictimSummary? Summary() => null;

    protected StepResult Result()
    {
        var sent = _outbox.Count == 0 ? [] : _outbox.ToArray();
        _outbox.Clear();
        return new StepResult(sent, Process.NextEventTime, Summary());
    }
}
