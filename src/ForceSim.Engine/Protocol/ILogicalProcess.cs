using ForceSim.Engine.Measures;

namespace ForceSim.Engine.Protocol;

/// <summary>
/// A logical process: owns its state, random streams and event calendar, and talks to other LPs only
/// through messages exchanged at window boundaries. Any host that follows the window protocol gets
/// the same results.
/// </summary>
public interface ILogicalProcess
{
    LpId Id { get; }

    /// <summary>Time of the earliest pending event, or +∞.</summary>
    double NextEventTime { get; }

    /// <summary>Events processed so far (for the benchmark).</summary>
    long EventsProcessed { get; }

    /// <summary>Sends the messages the LP owes before the first window (effect time ≥ 0).</summary>
    void Start(List<Message> outbox);

    /// <summary>Accepts a message at a window boundary; delivery order is the host's duty.</summary>
    void Deliver(Message message);

    /// <summary>Processes every own event earlier than <paramref name="windowEnd"/>, sending messages to <paramref name="outbox"/>.</summary>
    void Advance(double windowEnd, List<Message> outbox);

    /// <summary>Adds this LP's measures at the end of the run.</summary>
    void Collect(ReplicationTally tally);
}
