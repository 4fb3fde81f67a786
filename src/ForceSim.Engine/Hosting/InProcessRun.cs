using ForceSim.Engine.Compilation;
using ForceSim.Engine.ControlRooms;
using ForceSim.Engine.Investigations;
using ForceSim.Engine.Measures;
using ForceSim.Engine.PatrolUnits;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;
using ForceSim.Engine.Victims;

namespace ForceSim.Engine.Hosting;

/// <summary>
/// The in-process host: every LP of one replication in memory, advanced window by window on one
/// thread. Messages sent in a window are sorted into the protocol's order and delivered at its end.
/// The LPs stay available afterwards, so a finished run can be queried (a victim's journey, a unit's log).
/// </summary>
public sealed class InProcessRun
{
    private readonly CompiledScenario _model;
    private readonly int _replication;
    private readonly ILogicalProcess[] _fixed;
    private readonly InvestigationProcess?[] _investigations;
    private readonly Dictionary<long, VictimSlot> _victims = [];
    private readonly Dictionary<long, List<VictimSlot>> _wakeUps = [];

    // Victims draw through this one generator (loading their own stream's state), as all run on this thread.
    private readonly SeededRandom _victimScratch = new(0);

    public InProcessRun(CompiledScenario model, int replication)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _replication = replication;
        ControlRooms = [.. Enumerable.Range(0, model.ControlRooms.Length).Select(i => new ControlRoomProcess(model, i, replication))];
        PatrolUnits = [.. Enumerable.Range(0, model.Units.Length).Select(i => new PatrolUnitProcess(model, i, replication))];
        _investigations = [.. model.Forces.Select(f => f.Settings.Investigation is null ? null : new InvestigationProcess(model, f.Index, replication))];

        // Fixed LPs in address order: the order of Collect, which fixes floating-point sums.
        _fixed = [.. ControlRooms.Cast<ILogicalProcess>().Concat(PatrolUnits).Concat(_investigations.OfType<InvestigationProcess>()).OrderBy(lp => lp.Id)];
    }

    public IReadOnlyList<ControlRoomProcess> ControlRooms { get; }

    public IReadOnlyList<PatrolUnitProcess> PatrolUnits { get; }

    public IReadOnlyList<InvestigationProcess> Investigations => [.. _investigations.OfType<InvestigationProcess>()];

    public IEnumerable<VictimProcess> Victims => _victims.Values.Select(v => v.Process);

    public long MessagesDelivered { get; private set; }

    public VictimProcess? Victim(long id) => _victims.TryGetValue(id, out var slot) ? slot.Process : null;

    public ReplicationTally Run(CancellationToken cancellationToken = default) => Run(CollectDirectly, cancellationToken);

    /// <summary>
    /// Runs, then hands each fixed LP to <paramref name="collectFixed"/> with the replication's tally, in the
    /// usual order (victims still collect straight into the tally). Lets a test stand in for a distributed
    /// host that collects each LP into its own tally and merges the partials.
    /// </summary>
    public ReplicationTally Run(Action<ILogicalProcess, ReplicationTally> collectFixed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collectFixed);
        var window = _model.WindowMinutes;
        var outbox = new List<Message>();
        foreach (var lp in _fixed)
        {
            lp.Start(outbox);
        }

        Deliver(outbox, 0);
        var windows = _model.WindowCount;
        for (long k = 0; k < windows; k++)
        {
            if ((k & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var windowEnd = (k + 1) * window;
            foreach (var lp in _fixed)
            {
                if (lp.NextEventTime < windowEnd)
                {
                    lp.Advance(windowEnd, outbox);
                }
            }

            AdvanceVictims(k, windowEnd, outbox);
            Deliver(outbox, windowEnd);
        }

        return Collect(collectFixed);
    }

    private void AdvanceVictims(long k, double windowEnd, List<Message> outbox)
    {
        if (!_wakeUps.Remove(k, out var due))
        {
            return;
        }

        foreach (var slot in due)
        {
            if (slot.Window != k)
            {
                continue; // a stale entry: the victim was re-registered elsewhere
            }

            slot.Window = -1;
            slot.Process.Advance(windowEnd, outbox);
            Register(slot);
        }
    }

    private void Deliver(List<Message> outbox, double windowEnd)
    {
        if (outbox.Count == 0)
        {
            return;
        }

        outbox.Sort(MessageOrder.Instance);
        foreach (var message in outbox)
        {
            if (message.EffectTime < windowEnd)
            {
                throw new InvalidOperationException($"Protocol violation: {message.GetType().Name} from {message.Sender} takes effect at {message.EffectTime} before the window end {windowEnd}.");
            }

            MessagesDelivered++;
            var target = message.Target;
            switch (target.Kind)
            {
                case LpKind.ControlRoom:
                    ControlRooms[(int)target.Id].Deliver(message);
                    break;
                case LpKind.PatrolUnit:
                    PatrolUnits[(int)target.Id].Deliver(message);
                    break;
                case LpKind.Investigation:
                    _investigations[(int)target.Id]!.Deliver(message);
                    break;
                case LpKind.Victim:
                    var slot = VictimFor(target.Id);
                    slot.Process.Deliver(message);
                    Register(slot);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown LP kind {target.Kind}.");
            }
        }

        outbox.Clear();
    }

    private VictimSlot VictimFor(long id)
    {
        if (!_victims.TryGetValue(id, out var slot))
        {
            slot = new VictimSlot(new VictimProcess(_model, id, _replication, _victimScratch));
            _victims.Add(id, slot);
        }

        return slot;
    }

    private void Register(VictimSlot slot)
    {
        var next = slot.Process.NextEventTime;
        if (double.IsPositiveInfinity(next))
        {
            return;
        }

        var window = (long)(next / _model.WindowMinutes);
        if (slot.Window == window)
        {
            return;
        }

        slot.Window = window;
        if (!_wakeUps.TryGetValue(window, out var list))
        {
            list = [];
            _wakeUps.Add(window, list);
        }

        list.Add(slot);
    }

    private static void CollectDirectly(ILogicalProcess lp, ReplicationTally tally) => lp.Collect(tally);

    private ReplicationTally Collect(Action<ILogicalProcess, ReplicationTally> collectFixed)
    {
        var tally = new ReplicationTally(_model.Period, _model.Forces.Length, _model.ControlRooms.Length);
        foreach (var lp in _fixed.Where(lp => lp.Id.Kind < LpKind.Victim))
        {
            collectFixed(lp, tally);
        }

        foreach (var id in _victims.Keys.Order())
        {
            _victims[id].Process.Collect(tally);
        }

        foreach (var lp in _fixed.Where(lp => lp.Id.Kind > LpKind.Victim))
        {
            collectFixed(lp, tally);
        }

        return tally;
    }

    private sealed class VictimSlot(VictimProcess process)
    {
        public VictimProcess Process { get; } = process;

        public long Window { get; set; } = -1;
    }
}
