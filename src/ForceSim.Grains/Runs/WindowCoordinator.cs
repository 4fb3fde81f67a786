using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Victims;
using ForceSim.Grains.Processes;
using Orleans.Concurrency;

namespace ForceSim.Grains.Runs;

/// <summary>
/// Drives one run's LP grains through the engine's <see cref="WindowProtocol{TVictim}"/>: the protocol routes each
/// window's messages and says who steps; this host reaches each of those LPs by a grain call, all of a window's calls in
/// parallel, and keeps what a victim grain hands back (its summary after every step; its state and summary while it
/// rests, in <see cref="RestedVictims"/>, off the heap). Asked to retire victims, it folds a victim with nothing left to do
/// into the tally at once and forgets it, as the in-process host does (its grain leaves memory by itself). So the grain
/// host follows the in-process host rule for rule and gives byte-identical results.
/// </summary>
internal sealed class WindowCoordinator : IDisposable
{
    /// <summary>Fixed LPs' partial tallies fetched at once when collecting.</summary>
    private const int CollectBatch = 256;

    /// <summary>Where the victims' measures fall in the collection order.</summary>
    private const int VictimsHere = -1;

    /// <summary>Missed repeat victims named in a run's output (the run report shows a few of them).</summary>
    private const int MissedShown = 10;

    private readonly IGrainFactory _grains;
    private readonly CompiledScenario _model;
    private readonly string _runKey;
    private readonly WindowProtocol<VictimTrack> _protocol;
    private readonly ILogicalProcessGrain[] _fixed;
    private readonly RestedVictims _rested = new();
    private readonly bool _retireVictims;
    private readonly RetiredMissedVictims _retiredMissed = new(MissedShown);

    /// <summary>The run's tally: retired victims are added as they retire, everything else when the run is collected.</summary>
    private readonly ReplicationTally _tally;

    private long _grainCalls;

    /// <param name="victimRestMinutes">Simulated minutes a victim may go without a step before it is sent to rest.</param>
    /// <param name="retireVictims">Forget victims with nothing left to do: a run whose victims nobody will ask about.</param>
    public WindowCoordinator(IGrainFactory grains, CompiledScenario model, Guid run, double victimRestMinutes, bool retireVictims)
    {
        _grains = grains;
        _model = model;
        _retireVictims = retireVictims;
        _tally = new ReplicationTally(model.Period, model.Forces.Length, model.ControlRooms.Length);
        _runKey = run.ToString("N");
        _protocol = new WindowProtocol<VictimTrack>(model, _ => new VictimTrack(), victimRestMinutes);
        _fixed = [.. _protocol.Fixed.Ids.Select(Grain)];
    }

    public long WindowsDone => _protocol.WindowsDone;

    public long GrainCalls => Interlocked.Read(ref _grainCalls);

    public long MessagesDelivered => _protocol.MessagesDelivered;

    /// <summary>Victims met so far, retired ones included.</summary>
    public int Victims => checked((int)(_protocol.VictimsMet + _protocol.VictimsRetired));

    /// <summary>Victims forgotten because nothing more could happen to them.</summary>
    public long VictimsRetired => _protocol.VictimsRetired;

    /// <summary>Victims resting right now: out of memory, their state held here as bytes.</summary>
    public int VictimsResting { get; private set; }

    /// <summary>Bytes resting victims have handed over so far (in a file, not in memory).</summary>
    public long RestedBytes => _rested.Bytes;

    public async Task<RunOutput> Run(Func<bool> cancelled)
    {
        var outbox = new List<Message>();
        var starts = await Task.WhenAll(_fixed.Select(grain => Call(grain.Start()))).ConfigureAwait(true);
        for (var i = 0; i < _fixed.Length; i++)
        {
            outbox.AddRange(starts[i].Outbox);
            _protocol.FixedStepped(i, starts[i].NextEventTime);
        }

        _protocol.Route(outbox);
        while (_protocol.NextWindow())
        {
            if (cancelled())
            {
                throw new OperationCanceledException("The run was cancelled.");
            }

            await Step(outbox).ConfigureAwait(true);
            _protocol.Route(outbox);
            await Rest(_protocol.IdleVictims()).ConfigureAwait(true);
        }

        return await Collect().ConfigureAwait(true);
    }

    /// <summary>A victim's state while it rests; null for a victim in memory (or never met).</summary>
    public byte[]? RestedState(long victim) => _protocol.Victim(victim)?.Host is { Resting: true } track ? _rested.State(track.RestedAt) : null;

    /// <summary>Drops what resting victims handed over; the run's entities cannot be asked about afterwards.</summary>
    public void Dispose() => _rested.Dispose();

    /// <summary>Sends every grain of the run still in memory out of it; resting victims' state goes when this coordinator is dropped.</summary>
    public async Task Release()
    {
        var inMemory = _fixed.Concat(_protocol.VictimsById().Where(v => v.LastStep >= 0 && !v.Host.Resting).Select(v => Grain(new LpId(LpKind.Victim, v.Id))));
        await Task.WhenAll(inMemory.Select(g => Call(g.Release()))).ConfigureAwait(true);
    }

    /// <summary>Steps, in parallel, every LP the protocol says is due in this window.</summary>
    private async Task Step(List<Message> outbox)
    {
        var windowEnd = _protocol.WindowEnd;
        var fixedCalls = _protocol.DueFixed
            .Select(i => (Index: i, Call: Call(_fixed[i].Step(new StepRequest(windowEnd, [.. _protocol.MailOf(i)])))))
            .ToList();
        var victimCalls = _protocol.DueVictims
            .Select(v => (Victim: v, Call: Call(Grain(new LpId(LpKind.Victim, v.Id)).Step(VictimStep(v, windowEnd)))))
            .ToList();
        foreach (var (index, call) in fixedCalls)
        {
            var result = await call.ConfigureAwait(true);
            outbox.AddRange(result.Outbox);
            _protocol.FixedStepped(index, result.NextEventTime);
        }

        foreach (var (victim, call) in victimCalls)
        {
            var result = await call.ConfigureAwait(true);
            outbox.AddRange(result.Outbox);
            if (victim.Host.Resting)
            {
                VictimsResting--;
                victim.Host.RestedAt = -1;
            }

            victim.Host.Summary = result.Victim ?? throw new InvalidOperationException($"Victim {victim.Id} returned no summary.");
            _protocol.VictimStepped(victim, result.NextEventTime);
            if (_retireVictims && result.Victim.HasNothingLeftToDo)
            {
                Retire(victim, result.Victim, result.RetiredJourney);
            }
        }
    }

    /// <summary>
    /// Folds a victim with nothing left to do into the tally, as the in-process host does, and forgets it (its grain has
    /// left memory already); a missed repeat victim's journey, sent back if it could be shown, is kept among the few that could.
    /// </summary>
    private void Retire(VictimEntry<VictimTrack> victim, VictimSummary summary, VictimJourney? journey)
    {
        summary.Contribution.AddTo(_tally);
        if (journey is not null)
        {
            _retiredMissed.Offer(journey);
        }

        victim.Host.Summary = null;
        victim.Host.Retired = true;
        _protocol.Retire(victim);
    }

    /// <summary>
    /// A victim's step: with the state it handed over if it is resting, or marked as in memory if it stepped before (so
    /// an empty re-activation elsewhere knows its state was lost); in a retiring run, told to retire if it is done.
    /// </summary>
    private StepRequest VictimStep(VictimEntry<VictimTrack> victim, double windowEnd) =>
        new(
            windowEnd,
            [.. victim.Mail],
            victim.Host.Resting ? _rested.State(victim.Host.RestedAt) : null,
            InMemory: !victim.Host.Resting && victim.LastStep >= 0,
            Retire: _retireVictims,
            DescribeFrom: _retireVictims ? _retiredMissed.DescribeFrom : int.MaxValue);

    /// <summary>
    /// Bounds memory: a victim idle for the rest horizon hands its state over as bytes and leaves memory (its next message
    /// or wake-up brings it back), so only victims active in the last few simulated days stay resident; its state and
    /// summary go to the rested victims' file, leaving the coordinator a file position.
    /// </summary>
    private async Task Rest(IReadOnlyList<VictimEntry<VictimTrack>> idle)
    {
        // A victim retired since its last step is still in the protocol's idle queue, but its grain has gone for good.
        var rests = idle.Where(v => !v.Host.Resting && !v.Host.Retired)
            .Select(v => (Victim: v, Call: Call(_grains.GetGrain<IVictimGrain>(v.Id, _runKey).Rest())))
            .ToList();
        foreach (var (victim, call) in rests)
        {
            var state = (await call.ConfigureAwait(true)).Value;
            victim.Host.RestedAt = _rested.Put(victim.Host.Summary!, state);
            victim.Host.Summary = null;
        }

        VictimsResting += rests.Count;
    }

    /// <summary>
    /// Measures in the protocol's order. Each fixed LP hands back a whole partial tally (~46 kB nationally, for ~8,000
    /// units), so they are fetched a batch at a time and merged as they come: all at once they held gigabytes at the
    /// end of a national run. The order of merges is the protocol's own, recorded from a dry pass of its collection.
    /// </summary>
    private async Task<RunOutput> Collect()
    {
        var order = new List<int>(_fixed.Length + 1);
        _protocol.Collect(new ReplicationTally(_model.Period, 0, 0), (i, _) => order.Add(i), (_, _) =>
        {
            if (order.Count == 0 || order[^1] != VictimsHere)
            {
                order.Add(VictimsHere);
            }
        });
        // Retired victims are in the tally already; every victim sum is exact, so when they were added does not matter.
        var tally = _tally;
        for (var start = 0; start < order.Count; start += CollectBatch)
        {
            var batch = order.Skip(start).Take(CollectBatch).ToList();
            var partials = await Task.WhenAll(batch.Select(i => i == VictimsHere ? Task.FromResult<byte[]>([]) : Call(_fixed[i].Collect()))).ConfigureAwait(true);
            for (var b = 0; b < batch.Count; b++)
            {
                if (batch[b] != VictimsHere)
                {
                    tally.Merge(TallyCodec.Decode(partials[b]));
                    continue;
                }

                foreach (var victim in _protocol.VictimsById())
                {
                    SummaryOf(victim).Contribution.AddTo(tally);
                }
            }
        }

        var kept = _protocol.VictimsById().Select(v => (v.Id, Summary: SummaryOf(v))).Where(v => v.Summary.MissedRepeat).Select(v => (v.Id, v.Summary.JourneyLength));
        var retired = _retiredMissed.Kept;
        var missed = MissedRepeatVictims.Choose(kept.Concat(retired.Select(j => (j.Id, j.Steps.Count))), MissedShown);
        VictimJourney[] retiredShown = [.. retired.Where(j => missed.Contains(j.Id))];
        return new RunOutput(TallyCodec.Encode(tally), GrainCalls, MessagesDelivered, Victims, [.. missed], WindowsDone, VictimsResting, VictimsRetired, retiredShown);
    }

    private VictimSummary SummaryOf(VictimEntry<VictimTrack> victim) =>
        victim.Host.Resting ? _rested.Summary(victim.Host.RestedAt) : victim.Host.Summary!;

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

    /// <summary>What the coordinator keeps for a victim: its summary after every step, or where its rested record is while it rests.</summary>
    private sealed class VictimTrack
    {
        public VictimSummary? Summary { get; set; }

        /// <summary>Position of its record in <see cref="RestedVictims"/> while it rests, else -1.</summary>
        public long RestedAt { get; set; } = -1;

        public bool Resting => RestedAt >= 0;

        /// <summary>Folded into the tally and forgotten: nothing more can happen to it.</summary>
        public bool Retired { get; set; }
    }
}
