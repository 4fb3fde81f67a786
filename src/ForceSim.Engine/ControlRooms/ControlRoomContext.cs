using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// What the parts of one control room share: the clock, the calendar, the outbox and the message counter.
/// Sharing one of each keeps every event insertion and every message in a single order, as the window protocol
/// and the tie-breaking of simultaneous events require, however the room's mechanisms are divided into classes.
/// </summary>
public sealed class ControlRoomContext
{
    private readonly long _seed;
    private readonly int _replication;
    private List<Message> _outbox = [];
    private long _sent;

    public ControlRoomContext(LpId id, long seed, int replication)
    {
        Id = id;
        _seed = seed;
        _replication = replication;
        Calendar = new ControlRoomCalendar(Contacts);
    }

    public LpId Id { get; }

    /// <summary>Finished contacts kept for new callers (the calendar knows when no event refers to one).</summary>
    public ContactPool Contacts { get; } = new();

    public ControlRoomCalendar Calendar { get; }

    /// <summary>Time of the event being processed.</summary>
    public double Now { get; private set; }

    /// <summary>End of the current window: the earliest effect time of any message sent in it.</summary>
    public double WindowEnd { get; private set; }

    public void BeginWindow(double windowEnd, List<Message> outbox)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        WindowEnd = windowEnd;
        _outbox = outbox;
    }

    public void MoveTo(double time) => Now = time;

    /// <summary>This room's next message number: the last tie-breaker of the delivery order.</summary>
    public long NextSequence() => _sent++;

    public void Send(Message message) => _outbox.Add(message);

    /// <summary>A random stream of this room for <paramref name="purpose"/>, independent of every other stream.</summary>
    public SeededRandom Stream(string purpose) =>
        SeededRandom.For(_seed, _replication, LpKind.ControlRoom, Id.Id, purpose);
}
