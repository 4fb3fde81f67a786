using System.Runtime.InteropServices;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;

namespace ForceSim.Engine.Hosting;

/// <summary>
/// The window protocol, written once for every host: routes each window's messages in protocol order (effect time,
/// sender, sequence) to their targets, refusing any that would take effect before the boundary; decides which LPs step
/// in each window (those with mail or an event due); keeps the victims' wake-up index; names victims idle long enough
/// to rest; and fixes the order in which measures are collected. A host only says how an LP is reached: a method call
/// in this process, or a grain call. After the last window comes a delivery-only step, so every message sent reaches
/// its LP, as the model's measures expect.
/// </summary>
/// <typeparam name="TVictim">What the host keeps per victim (the process itself, or a grain's handover state).</typeparam>
public sealed class WindowProtocol<TVictim>
    where TVictim : class
{
    private static readonly Comparison<Message> ProtocolOrder = MessageOrder.Instance.Compare;
    private readonly Func<long, TVictim> _meetVictim;
    private readonly double _windowMinutes;
    private readonly long _windowCount;
    private readonly List<Message>?[] _fixedMail;
    private readonly List<Message>?[] _fixedMailboxes; // each fixed LP's own list, kept at the size its busiest window needed
    private readonly double[] _fixedNext;
    private readonly VictimDirectory<TVictim> _victims = new();
    private readonly VictimWakeUps<TVictim> _wakeUps;
    private readonly List<int> _dueFixed = [];
    private readonly List<VictimEntry<TVictim>> _dueVictims = [];
    private readonly Stack<List<Message>> _spareLists = new();
    private readonly VictimRest<TVictim>? _rest;
    private readonly RetiredVictims _retired = new();
    private readonly Stack<VictimEntry<TVictim>> _retiredEntries = new(); // records a host let go of, for victims met later
    private bool _routed;

    /// <param name="meetVictim">Makes the host's record of a victim the first time a message addresses it.</param>
    /// <param name="victimIdleMinutes">Simulated minutes without a step after which a victim is named idle (+∞: never).</param>
    public WindowProtocol(CompiledScenario model, Func<long, TVictim> meetVictim, double victimIdleMinutes = double.PositiveInfinity)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(meetVictim);
        _meetVictim = meetVictim;
        _windowMinutes = model.WindowMinutes;
        _windowCount = model.WindowCount;
        _wakeUps = new VictimWakeUps<TVictim>(model.WindowMinutes);
        Fixed = new FixedProcesses(model);
        _fixedMail = new List<Message>?[Fixed.Count];
        _fixedMailboxes = new List<Message>?[Fixed.Count];
        _fixedNext = new double[Fixed.Count];
        Array.Fill(_fixedNext, double.PositiveInfinity);
        _rest = double.IsPositiveInfinity(victimIdleMinutes) ? null : new VictimRest<TVictim>(model.WindowMinutes, victimIdleMinutes);
        Window = -1;
    }

    public FixedProcesses Fixed { get; }

    /// <summary>The window being stepped: 0 to <see cref="CompiledScenario.WindowCount"/> (the delivery-only step), -1 before the first.</summary>
    public long Window { get; private set; }

    /// <summary>The end of the window being stepped; the delivery-only step ends where the last window did, so it runs no event.</summary>
    public double WindowEnd => Math.Min(Window + 1, _windowCount) * _windowMinutes;

    /// <summary>Whether this is the step after the last window, which only delivers the last window's messages.</summary>
    public bool DeliveryOnly => Window == _windowCount;

    /// <summary>Simulated windows finished so far (the delivery-only step is not one).</summary>
    public long WindowsDone => Math.Min(Window, _windowCount);

    public long MessagesDelivered { get; private set; }

    /// <summary>Victims met so far and still kept (addressed by at least one message, not retired).</summary>
    public int VictimsMet => _victims.Count;

    /// <summary>Victims the host has forgotten because nothing more could happen to them.</summary>
    public long VictimsRetired => _retired.Count;

    /// <summary>Fixed LPs (by position in <see cref="Fixed"/>) that step in this window: mail waiting or an event due.</summary>
    public IReadOnlyList<int> DueFixed => _dueFixed;

    /// <summary>Victims that step in this window: mail waiting or an event due; each at most once.</summary>
    public IReadOnlyList<VictimEntry<TVictim>> DueVictims => _dueVictims;

    /// <summary>The mail of a fixed LP for this window, in protocol order (empty if none).</summary>
    public IReadOnlyList<Message> MailOf(int fixedIndex) => (IReadOnlyList<Message>?)_fixedMail[fixedIndex] ?? [];

    public VictimEntry<TVictim>? Victim(long id) => _victims.Find(id);

    /// <summary>Every victim met, by id: the order their measures are collected in.</summary>
    public IEnumerable<VictimEntry<TVictim>> VictimsById() => _victims.InIdOrder();

    /// <summary>Records when a fixed LP next has an event of its own, after it started or stepped.</summary>
    public void FixedStepped(int fixedIndex, double nextEventTime) => _fixedNext[fixedIndex] = nextEventTime;

    /// <summary>Records a victim's step: files its wake-up for the window its next event falls in.</summary>
    public void VictimStepped(VictimEntry<TVictim> victim, double nextEventTime)
    {
        ArgumentNullException.ThrowIfNull(victim);
        victim.LastStep = Window;
        _rest?.Stepped(victim, Window);
        _wakeUps.File(victim, nextEventTime);
    }

    /// <summary>
    /// Sorts the messages sent before the current boundary into protocol order and files each for its target's next
    /// step. A message that would take effect before the boundary breaks the protocol (the model's lookahead) and stops the run.
    /// </summary>
    public void Route(List<Message> outbox)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        if (_routed)
        {
            throw new InvalidOperationException($"Window {Window} was routed already; step the next window first.");
        }

        // Every LP due in this window has had its mail by now: the lists are free for the next window's.
        RecycleDueMail();
        _routed = true;
        var boundary = Window < 0 ? 0 : WindowEnd;
        CollectionsMarshal.AsSpan(outbox).Sort(ProtocolOrder); // a cached delegate: List.Sort(IComparer) makes one per call
        foreach (var message in outbox)
        {
            if (message.EffectTime < boundary)
            {
                throw new InvalidOperationException($"Protocol violation: {message.GetType().Name} from {message.Sender} takes effect at {message.EffectTime} before the window end {boundary}.");
            }

            MailboxOf(message.Target).Add(message);
            MessagesDelivered++;
        }

        outbox.Clear();
    }

    /// <summary>
    /// Moves to the next window and works out who steps in it; false once the delivery-only step is done.
    /// The previous window's messages must have been routed (<see cref="Route"/>), even if there were none.
    /// </summary>
    public bool NextWindow()
    {
        if (Window >= _windowCount)
        {
            return false;
        }

        if (!_routed)
        {
            throw new InvalidOperationException($"Window {Window}'s messages were not routed before the next window.");
        }

        _routed = false;
        Window++;
        var windowEnd = WindowEnd;
        for (var i = 0; i < _fixedNext.Length; i++)
        {
            if (_fixedMail[i] is not null || (_fixedNext[i] < windowEnd && !DeliveryOnly))
            {
                _dueFixed.Add(i);
            }
        }

        // Victims with mail were listed as it was routed; those whose wake-up falls in this window join them.
        _wakeUps.TakeDue(Window, _dueVictims, listNone: DeliveryOnly);

        return true;
    }

    /// <summary>
    /// Forgets a victim with nothing left to do (the host has folded its contribution in): memory then follows the
    /// victims still active, not every victim the run has met. A later message to it stops the run.
    /// </summary>
    /// <param name="victim">The victim's record.</param>
    /// <param name="reuseRecord">
    /// The host holds no reference to the record any more, so it may become a victim's met later (a national year meets
    /// millions: made afresh, each record would be garbage within weeks). Wake-up lists may still list it; they tell a
    /// stale listing by its wake-up window, whoever the record is now.
    /// </param>
    public void Retire(VictimEntry<TVictim> victim, bool reuseRecord = false)
    {
        ArgumentNullException.ThrowIfNull(victim);
        _victims.Remove(victim.Id);
        victim.WakeWindow = -1;
        victim.LastStep = -1; // so resting never names it idle: the host has forgotten it
        _retired.Add(victim.Id);
        if (reuseRecord)
        {
            _retiredEntries.Push(victim);
        }
    }

    /// <summary>
    /// Victims that have not stepped for the idle horizon, named once a simulated day at the end of a window so a host
    /// can send them to rest in one batch. Empty when resting is off. A victim named here is named again only after
    /// it steps again and goes idle again.
    /// </summary>
    public IReadOnlyList<VictimEntry<TVictim>> IdleVictims() =>
        _rest is null || DeliveryOnly ? [] : _rest.IdleAfter(Window);

    /// <summary>Collects measures in the protocol's order: fixed LPs of kinds before victims, victims by id, then the rest.</summary>
    public void Collect(ReplicationTally tally, Action<int, ReplicationTally> collectFixed, Action<VictimEntry<TVictim>, ReplicationTally> collectVictim)
    {
        ArgumentNullException.ThrowIfNull(collectFixed);
        ArgumentNullException.ThrowIfNull(collectVictim);
        foreach (var i in Fixed.BeforeVictims)
        {
            collectFixed(i, tally);
        }

        foreach (var victim in VictimsById())
        {
            collectVictim(victim, tally);
        }

        foreach (var i in Fixed.AfterVictims)
        {
            collectFixed(i, tally);
        }
    }

    private List<Message> MailboxOf(LpId target)
    {
        if (target.Kind == LpKind.Victim)
        {
            var victim = _victims.Find(target.Id);
            if (victim is null)
            {
                if (_retired.Contains(target.Id))
                {
                    throw new InvalidOperationException($"Victim {target.Id} was retired with nothing left to do, yet a message addressed it.");
                }

                victim = _retiredEntries.TryPop(out var spare)
                    ? spare.Become(target.Id, _meetVictim(target.Id))
                    : new VictimEntry<TVictim>(target.Id, _meetVictim(target.Id));
                _victims.Add(victim);
            }

            if (victim.PendingMail is null)
            {
                victim.PendingMail = NewList();
                victim.ScheduledFor = Window + 1;
                _dueVictims.Add(victim);
            }

            return victim.PendingMail;
        }

        var index = Fixed.IndexOf(target);
        if (index < 0)
        {
            throw new InvalidOperationException($"No logical process {target} in this run.");
        }

        return _fixedMail[index] ??= _fixedMailboxes[index] ??= [];
    }

    private List<Message> NewList() => _spareLists.TryPop(out var list) ? list : [];

    private void RecycleDueMail()
    {
        foreach (var i in _dueFixed)
        {
            _fixedMail[i]?.Clear(); // not shared: a control room's hundreds of messages a window would regrow a victim's list
            _fixedMail[i] = null;
        }

        _dueFixed.Clear();
        foreach (var victim in _dueVictims)
        {
            Recycle(victim.PendingMail);
            victim.PendingMail = null;
        }

        _dueVictims.Clear();
    }

    private void Recycle(List<Message>? mail)
    {
        if (mail is not null)
        {
            mail.Clear();
            _spareLists.Push(mail);
        }
    }
}
