using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;

namespace ForceSim.Engine.Investigations;

/// <summary>
/// What the parts of one investigation function share: the day's clock, the outbox and the message counter. Sharing
/// one of each keeps every update to victims in a single order (the last tie-breaker of the delivery order), however
/// the function's work is divided into classes.
/// </summary>
public sealed class InvestigationContext
{
    private readonly long _seed;
    private readonly int _replication;
    private List<Message> _outbox = [];
    private long _sent;

    public InvestigationContext(LpId id, long seed, int replication)
    {
        Id = id;
        _seed = seed;
        _replication = replication;
    }

    public LpId Id { get; }

    /// <summary>Time of the event being processed: the day's allocation point while the day's work is done.</summary>
    public double Now { get; private set; }

    /// <summary>End of the current window: when every update sent in it takes effect.</summary>
    public double WindowEnd { get; private set; }

    public void BeginWindow(double windowEnd, List<Message> outbox)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        WindowEnd = windowEnd;
        _outbox = outbox;
    }

    public void MoveTo(double time) => Now = time;

    /// <summary>Tells a crime's victim how its investigation stands; a crime with no identified victim tells no one.</summary>
    public void Notify(long victimId, long crimeId, InvestigationUpdateKind kind)
    {
        if (victimId == 0)
        {
            return;
        }

        _outbox.Add(new InvestigationUpdate
        {
            EffectTime = WindowEnd,
            Sender = Id,
            Target = new LpId(LpKind.Victim, victimId),
            Sequence = _sent++,
            CrimeId = crimeId,
            Kind = kind,
            At = Now,
        });
    }

    /// <summary>A random stream of this function for <paramref name="purpose"/>, independent of every other stream.</summary>
    public SeededRandom Stream(string purpose) =>
        SeededRandom.For(_seed, _replication, LpKind.Investigation, Id.Id, purpose);
}
