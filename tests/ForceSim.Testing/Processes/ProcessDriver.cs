using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;

namespace ForceSim.Testing.Processes;

/// <summary>
/// Drives one logical process by hand the way a host does, so a test can feed it messages and read its outbox without
/// running the rest of the world. Mail handed to <see cref="Send"/> is delivered at the next window boundary in protocol
/// order; the process then advances through the window only if one of its events falls before the window's end
/// (<see cref="ProcessStep"/>, the rule both hosts use). Every message it sends is kept with the window it was sent in
/// and checked against the protocol's lookahead, so a test cannot pass on a message no host would accept.
/// </summary>
public sealed class ProcessDriver<TProcess>
    where TProcess : ILogicalProcess
{
    private readonly CompiledScenario _model;
    private readonly List<Message> _mail = [];
    private readonly List<Message> _outbox = [];
    private readonly List<SentMessage> _sent = [];

    /// <param name="now">The boundary the process is driven on from: 0 for a new process, later for one restored mid-run.</param>
    public ProcessDriver(CompiledScenario model, TProcess process, double now = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        Process = process;
        Now = now;
    }

    public TProcess Process { get; }

    /// <summary>The end of the last window run: the boundary where the next mail is delivered (0 before the first window).</summary>
    public double Now { get; private set; }

    public double WindowMinutes => _model.WindowMinutes;

    /// <summary>Everything the process has sent so far, in the order sent.</summary>
    public IReadOnlyList<SentMessage> Sent => _sent;

    /// <summary>The messages of one type the process has sent so far, in the order sent.</summary>
    public IEnumerable<T> SentOf<T>()
        where T : Message => _sent.Select(s => s.Message).OfType<T>();

    /// <summary>Starts the process as a host does before the first window; returns what it sent.</summary>
    public IReadOnlyList<Message> Start()
    {
        Process.Start(_outbox);
        return Keep(windowEnd: 0);
    }

    /// <summary>Queues <paramref name="message"/> for delivery at the next boundary, as another process's mail would be.</summary>
    public void Send(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Assert.True(message.EffectTime >= Now, $"A message delivered at {Now} cannot take effect earlier, at {message.EffectTime}.");
        _mail.Add(message);
    }

    /// <summary>Delivers the queued mail and runs one window; returns what the process sent in it.</summary>
    public IReadOnlyList<Message> Step()
    {
        _mail.Sort(MessageOrder.Instance);
        var windowEnd = Now + _model.WindowMinutes;
        ProcessStep.Run(Process, _mail, windowEnd, _outbox);
        _mail.Clear();
        Now = windowEnd;
        return Keep(windowEnd);
    }

    /// <summary>Runs windows until the boundary at <paramref name="time"/> (or the first one after it); returns what was sent.</summary>
    public IReadOnlyList<Message> RunUntil(double time)
    {
        var sent = new List<Message>();
        while (Now < time)
        {
            sent.AddRange(Step());
        }

        return sent;
    }

    /// <summary>Runs every window of the scenario's run that is left.</summary>
    public IReadOnlyList<Message> RunToEnd() => RunUntil(_model.WindowCount * _model.WindowMinutes);

    /// <summary>The process's measures, collected into a tally of its own as a host collects them at the end of a run.</summary>
    public ReplicationTally Collect()
    {
        var tally = new ReplicationTally(_model.Period, _model.Forces.Length, _model.ControlRooms.Length);
        Process.Collect(tally);
        return tally;
    }

    private List<Message> Keep(double windowEnd)
    {
        var sent = new List<Message>(_outbox);
        _outbox.Clear();
        foreach (var message in sent)
        {
            Assert.True(message.Sender == Process.Id, $"{Process.Id} sent a message as {message.Sender}.");
            Assert.True(
                message.EffectTime >= windowEnd,
                $"{Process.Id} sent a {message.GetType().Name} in the window ending {windowEnd} that takes effect earlier, at {message.EffectTime}.");
            _sent.Add(new SentMessage(windowEnd, message));
        }

        return sent;
    }
}
