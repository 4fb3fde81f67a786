using ForceSim.Engine.Compilation;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Victims;
using ForceSim.Grains.Processes;
using Orleans.Concurrency;

namespace ForceSim.Grains.Runs;

/// <summary>
/// Drives one run's LP grains through the window protocol: at each boundary it sorts the messages sent in the
/// window into protocol order (effect time, sender, sequence), delivers each LP its share with its next step, and
/// steps in parallel only the LPs that have messages or events due. It mirrors the in-process host rule for rule,
/// including the order of collecting measures, so both hosts give byte-identical results.
/// </summary>
internal sealed class WindowCoordinator
{
    private readonly IGrainFactory _grains;
    private readonly CompiledScenario _model;
    private readonly string _runKey;
    private readonly (LpId Id, ILogicalProcessGrain Grain)[] _fixed;
    private readonly double[] _fixedNext;
    private readonly Dictionary<LpId, List<Message>> _inbox = [];
    private readonly Dictionary<long, VictimTrack> _victims = [];
    private readonly Dictionary<long, List<long>> _wakeUps = [];
    private readonly Queue<(long Id, long Window)> _stepsInOrder = new();
    private readonly long _restAfterWindows;
    private readonly long _restCheckEvery;
    private long _grainCalls;
    private long _messages;

    /// <param name="victimRestMinutes">Simulated minutes a victim may go without a step before it is sent to rest.</param>
    public WindowCoordinator(IGrainFactory grains, CompiledScenario model, Guid run, double victimRestMinutes)
    {
        _restAfterWindows = double.IsPositiveInfinity(victimRestMinutes) ? long.MaxValue : (long)Math.Ceiling(victimRestMinutes / model.WindowMinutes);
        // Idle victims are sent to rest once a simulated day, in one parallel batch.
        _restCheckEvery = Math.Max(1, (long)Math.Round(1440 / model.WindowMinutes));
        _grains = grains;
        _model = model;
        _runKey = run.ToString("N");
        var ids = model.ControlRooms.Select(r => new LpId(LpKind.ControlRoom, r.Index))
            .Concat(Enumerable.Range(0, model.Units.Length).Select(u => new LpId(LpKind.PatrolUnit, u)))
            .Concat(model.Forces.Where(f => f.Settings.Investigation is not null).Select(f => new LpId(LpKind.Investigation, f.Index)))
            .Order();
        _fixed = [.. ids.Select(id => (id, Grain(id)))];
        _fixedNext = new double[_fixed.Length];
    }

    public long WindowsDone { get; private set; }

    public long GrainCalls => Interlocked.Read(ref _grainCalls);

    public long MessagesDelivered => _messages;

    public int Victims => _victims.Count;

    /// <summary>Victims resting right now: out of memory, their state held here as bytes.</summary>
    public int VictimsResting { get; private set; }

    public async Task<RunOutput> Run(Func<bool> cancelled)
    {
        var outbox = new List<Message>();
        var starts = await Task.WhenAll(_fixed.Select(f => Call(f.Grain.Start()))).ConfigureAwait(true);
        for (var i = 0; i < _fixed.Length; i++)
        {
            outbox.AddRange(starts[i].Outbox);
            _fixedNext[i] = starts[i].NextEventTime;
        }

        Route(outbox, 0);
        var window = _model.WindowMinutes;
        for (long k = 0; k < _model.WindowCount; k++)
        {
            if (cancelled())
            {
                throw new OperationCanceledException("The run was cancelled.");
            }

            var windowEnd = (k + 1) * window;
            await Step(k, windowEnd, outbox).ConfigureAwait(true);
            Route(outbox, windowEnd);
            if ((k + 1) % _restCheckEvery == 0)
            {
                await RestIdleVictims(k).ConfigureAwait(true);
            }

            WindowsDone = k + 1;
        }

        // The in-process host delivers the last window's messages too; they take effect after the end but do reach their LPs.
        await Step(_model.WindowCount, _model.WindowCount * window, outbox).ConfigureAwait(true);
        return await Collect().ConfigureAwait(true);
    }

    private async Task Step(long k, double windowEnd, List<Message> outbox)
    {
        var fixedCalls = new List<(int Index, Task<StepResult> Call)>();
        for (var i = 0; i < _fixed.Length; i++)
        {
            var hasMail = _inbox.Remove(_fixed[i].Id, out var mail);
            if (hasMail || _fixedNext[i] < windowEnd)
            {
                fixedCalls.Add((i, Call(_fixed[i].Grain.Step(new StepRequest(windowEnd, mail?.ToArray() ?? [])))));
            }
        }

        // What is left in the inbox is for victims; victims due to wake in this window step too.
        var victimCalls = new List<(long Id, Task<StepResult> Call)>();
        var stepped = new HashSet<long>();
        foreach (var (target, mail) in _inbox)
        {
            stepped.Add(target.Id);
            victimCalls.Add((target.Id, Call(Grain(target).Step(VictimStep(target.Id, windowEnd, [.. mail])))));
        }

        if (_wakeUps.Remove(k, out var due))
        {
            foreach (var id in due)
            {
                if (_victims[id].Window == k && stepped.Add(id))
                {
                    victimCalls.Add((id, Call(Grain(new LpId(LpKind.Victim, id)).Step(VictimStep(id, windowEnd, [])))));
                }
            }
        }

        _inbox.Clear();
        foreach (var (index, call) in fixedCalls)
        {
            var result = await call.ConfigureAwait(true);
            outbox.AddRange(result.Outbox);
            _fixedNext[index] = result.NextEventTime;
        }

        foreach (var (id, call) in victimCalls)
        {
            var result = await call.ConfigureAwait(true);
            outbox.AddRange(result.Outbox);
            Track(id, k, result);
        }
    }

    /// <summary>A victim's step: with the state it handed over if it is resting, or marked as in memory if it was stepped before.</summary>
    private StepRequest VictimStep(long id, double windowEnd, Message[] mail) => _victims.TryGetValue(id, out var track)
        ? new StepRequest(windowEnd, mail, track.Rested, InMemory: track.Rested is null)
        : new StepRequest(windowEnd, mail);

    /// <summary>What a resting victim handed over when it went to rest; null for a victim in memory (or never met).</summary>
    public byte[]? RestedState(long victim) => _victims.TryGetValue(victim, out var track) ? track.Rested : null;

    /// <summary>Sends every grain of the run still in memory out of it; resting victims' state goes when this coordinator is dropped.</summary>
    public async Task Release()
    {
        var inMemory = _fixed.Select(f => f.Grain)
            .Concat(_victims.Where(v => v.Value.Rested is null).Select(v => (ILogicalProcessGrain)_grains.GetGrain<IVictimGrain>(v.Key, _runKey)));
        await Task.WhenAll(inMemory.Select(g => Call(g.Release()))).ConfigureAwait(true);
    }

    /// <summary>Sorts the window's messages into protocol order and files them by target for the next step.</summary>
    private void Route(List<Message> outbox, double windowEnd)
    {
        outbox.Sort(MessageOrder.Instance);
        foreach (var message in outbox)
        {
            if (message.EffectTime < windowEnd)
            {
                throw new InvalidOperationException($"Protocol violation: {message.GetType().Name} from {message.Sender} takes effect at {message.EffectTime} before the window end {windowEnd}.");
            }

            if (!_inbox.TryGetValue(message.Target, out var mail))
            {
                mail = [];
                _inbox.Add(message.Target, mail);
            }

            mail.Add(message);
            _messages++;
        }

        outbox.Clear();
    }

    /// <summary>
    /// Bounds memory: a victim not stepped for the rest horizon hands its state over as bytes and leaves memory (its
    /// next message or wake-up brings it back), so only victims active in the last few simulated days stay resident.
    /// </summary>
    private async Task RestIdleVictims(long k)
    {
        if (_restAfterWindows == long.MaxValue)
        {
            return;
        }

        var rests = new List<(VictimTrack Track, Task<Immutable<byte[]>> Call)>();
        while (_stepsInOrder.TryPeek(out var step) && step.Window <= k - _restAfterWindows)
        {
            _stepsInOrder.Dequeue();
            var track = _victims[step.Id];
            if (track.LastStep == step.Window && track.Rested is null)
            {
                rests.Add((track, Call(_grains.GetGrain<IVictimGrain>(step.Id, _runKey).Rest())));
            }
        }

        foreach (var (track, call) in rests)
        {
            track.Rested = (await call.ConfigureAwait(true)).Value;
        }

        VictimsResting += rests.Count;
    }

    private void Track(long id, long k, StepResult result)
    {
        if (!_victims.TryGetValue(id, out var track))
        {
            track = new VictimTrack();
            _victims.Add(id, track);
        }

        if (track.Rested is not null)
        {
            VictimsResting--;
        }

        track.LastStep = k;
        track.Rested = null;
        _stepsInOrder.Enqueue((id, k));

        track.Summary = result.Victim ?? throw new InvalidOperationException($"Victim {id} returned no summary.");
        var window = double.IsPositiveInfinity(result.NextEventTime) ? -1 : (long)(result.NextEventTime / _model.WindowMinutes);
        if (track.Window == window)
        {
            return; // already filed for that window
        }

        track.Window = window;
        if (window < 0)
        {
            return;
        }

        if (!_wakeUps.TryGetValue(window, out var list))
        {
            list = [];
            _wakeUps.Add(window, list);
        }

        list.Add(id);
    }

    /// <summary>Measures in the in-process host's order: fixed LPs before victims by kind, victims by id, then the rest.</summary>
    private async Task<RunOutput> Collect()
    {
        var partials = await Task.WhenAll(_fixed.Select(f => Call(f.Grain.Collect()))).ConfigureAwait(true);
        var tally = new ReplicationTally(_model.Period, _model.Forces.Length, _model.ControlRooms.Length);
        for (var i = 0; i < _fixed.Length; i++)
        {
            if (_fixed[i].Id.Kind < LpKind.Victim)
            {
                tally.Merge(TallyCodec.Decode(partials[i]));
            }
        }

        foreach (var id in _victims.Keys.Order())
        {
            _victims[id].Summary!.Contribution.AddTo(tally);
        }

        for (var i = 0; i < _fixed.Length; i++)
        {
            if (_fixed[i].Id.Kind > LpKind.Victim)
            {
                tally.Merge(TallyCodec.Decode(partials[i]));
            }
        }

        var missed = MissedRepeatVictims.Choose(
            _victims.Where(v => v.Value.Summary!.MissedRepeat).Select(v => (v.Key, v.Value.Summary!.JourneyLength)), count: 10);
        return new RunOutput(TallyCodec.Encode(tally), GrainCalls, _messages, _victims.Count, [.. missed], WindowsDone, VictimsResting);
    }

    private ILogicalProcessGrain Grain(LpId id) => id.Kind switch
    {
        LpKind.ControlRoom => _grains.GetGrain<IControlRoomGrain>(id.Id, _runKey),
        LpKind.PatrolUnit => _grains.GetGrain<IPatrolUnitGrain>(id.Id, _runKey),
        LpKind.Investigation => _grains.GetGrain<IInvestigationGrain>(id.Id, _runKey),
        LpKind.Victim => _grains.GetGrain<IVictimGrain>(id.Id, _runKey),
        _ => throw new InvalidOperationException($"Unknown LP kind {id.Kind}."),
    };

    private Task<T> Call<T>(Task<T> call)
    {
        Interlocked.Increment(ref _grainCalls);
        return call;
    }

    private Task Call(Task call)
    {
        Interlocked.Increment(ref _grainCalls);
        return call;
    }

    private sealed class VictimTrack
    {
        public long Window { get; set; } = -1;

        public VictimSummary? Summary { get; set; }

        public long LastStep { get; set; }

        /// <summary>The victim's state while it rests (what it handed over), else null.</summary>
        public byte[]? Rested { get; set; }
    }
}
