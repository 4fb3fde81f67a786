using ForceSim.Engine.Compilation;
using ForceSim.Engine.ControlRooms;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Investigations;
using ForceSim.Engine.Measures;
using ForceSim.Engine.PatrolUnits;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;
using ForceSim.Engine.Victims;

namespace ForceSim.Testing.Processes;

/// <summary>
/// Every logical process of one replication, driven window by window through the engine's own
/// <see cref="WindowProtocol{TVictim}"/> and <see cref="ProcessStep"/> as the in-process host drives them, but stopping
/// wherever a test asks, so it can post mail of its own (a victim's call) and read every message that passes between the
/// processes, each kept with the window it was sent in. The protocol stops the run on any message that breaks the lookahead.
/// </summary>
public sealed class ReplicationDriver
{
    private readonly CompiledScenario _model;
    private readonly WindowProtocol<VictimProcess> _protocol;
    private readonly ILogicalProcess[] _fixed;
    private readonly List<Message> _outbox = [];
    private readonly List<SentMessage> _sent = [];

    /// <summary>Builds the processes as the in-process host does and starts them (the shift plans they publish at once are kept).</summary>
    public ReplicationDriver(CompiledScenario model, int replication = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        var victimScratch = new SeededRandom(0);
        _protocol = new WindowProtocol<VictimProcess>(model, id => new VictimProcess(model, id, replication, victimScratch));
        ControlRooms = [.. Enumerable.Range(0, model.ControlRooms.Length).Select(i => new ControlRoomProcess(model, i, replication))];
        PatrolUnits = [.. Enumerable.Range(0, model.Units.Length).Select(i => new PatrolUnitProcess(model, i, replication))];
        Investigations = [.. model.Forces.Where(f => f.Settings.Investigation is not null).Select(f => new InvestigationProcess(model, f.Index, replication))];
        var all = ControlRooms.Cast<ILogicalProcess>().Concat(PatrolUnits).Concat(Investigations).ToDictionary(lp => lp.Id);
        _fixed = [.. _protocol.Fixed.Ids.Select(id => all[id])];
        for (var i = 0; i < _fixed.Length; i++)
        {
            _fixed[i].Start(_outbox);
            _protocol.FixedStepped(i, _fixed[i].NextEventTime);
        }

        Keep(windowEnd: 0);
    }

    public IReadOnlyList<ControlRoomProcess> ControlRooms { get; }

    public IReadOnlyList<PatrolUnitProcess> PatrolUnits { get; }

    public IReadOnlyList<InvestigationProcess> Investigations { get; }

    /// <summary>The end of the last window run: the boundary where the next mail is delivered (0 before the first window).</summary>
    public double Now { get; private set; }

    /// <summary>Whether the delivery-only step after the last window has run.</summary>
    public bool Finished => _protocol.DeliveryOnly;

    /// <summary>Every message the processes have sent so far, in the order sent.</summary>
    public IReadOnlyList<SentMessage> Sent => _sent;

    /// <summary>The messages of one type the processes have sent so far, in the order sent.</summary>
    public IEnumerable<T> SentOf<T>()
        where T : Message => _sent.Select(s => s.Message).OfType<T>();

    /// <summary>A victim, once a message has reached it (null before).</summary>
    public VictimProcess? Victim(long id) => _protocol.Victim(id)?.Host;

    /// <summary>Posts <paramref name="message"/> as if a process had sent it in the last window: it is delivered at <see cref="Now"/>.</summary>
    public void Send(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Assert.True(message.EffectTime >= Now, $"A message delivered at {Now} cannot take effect earlier, at {message.EffectTime}.");
        _outbox.Add(message);
    }

    /// <summary>Routes the mail waiting at the boundary and runs one window of every process due; returns what they sent in it.</summary>
    public IReadOnlyList<Message> Step()
    {
        _protocol.Route(_outbox);
        Assert.True(_protocol.NextWindow(), "The run is over.");
        var windowEnd = _protocol.WindowEnd;
        foreach (var i in _protocol.DueFixed)
        {
            ProcessStep.Run(_fixed[i], _protocol.MailOf(i), windowEnd, _outbox);
            _protocol.FixedStepped(i, _fixed[i].NextEventTime);
        }

        foreach (var victim in _protocol.DueVictims)
        {
            ProcessStep.Run(victim.Host, victim.Mail, windowEnd, _outbox);
            _protocol.VictimStepped(victim, victim.Host.NextEventTime);
        }

        Now = windowEnd;
        return Keep(windowEnd);
    }

    /// <summary>Runs windows until the boundary at <paramref name="time"/> (or the first one after it); returns what was sent.</summary>
    public IReadOnlyList<Message> RunUntil(double time)
    {
        var sent = new List<Message>();
        while (Now < time && !Finished)
        {
            sent.AddRange(Step());
        }

        return sent;
    }

    /// <summary>Runs every window left and the delivery-only step, then collects the measures in the protocol's order.</summary>
    public ReplicationTally RunToEnd()
    {
        while (!Finished)
        {
            Step();
        }

        var tally = new ReplicationTally(_model.Period, _model.Forces.Length, _model.ControlRooms.Length);
        _protocol.Collect(tally, (i, t) => _fixed[i].Collect(t), static (victim, t) => victim.Host.Collect(t));
        return tally;
    }

    private List<Message> Keep(double windowEnd)
    {
        var sent = new List<Message>(_outbox);
        _sent.AddRange(sent.Select(m => new SentMessage(windowEnd, m)));
        return sent;
    }
}
