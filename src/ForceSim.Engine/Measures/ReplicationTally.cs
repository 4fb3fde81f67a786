namespace ForceSim.Engine.Measures;

/// <summary>All tallies of one replication: one per force and one per control room.</summary>
public sealed class ReplicationTally
{
    private long _eventsProcessed;

    public ReplicationTally(MeasuredPeriod period, int forces, int controlRooms)
    {
        Period = period;
        Forces = [.. Enumerable.Range(0, forces).Select(_ => new ForceTally(period))];
        ControlRooms = [.. Enumerable.Range(0, controlRooms).Select(_ => new ControlRoomTally(period))];
    }

    public MeasuredPeriod Period { get; }

    public ForceTally[] Forces { get; }

    public ControlRoomTally[] ControlRooms { get; }

    public long EventsProcessed { get => _eventsProcessed; set => _eventsProcessed = value; }

    /// <summary>All forces merged (sums of counts, not averages of rates).</summary>
    public ForceTally AllForces()
    {
        var all = new ForceTally(Period);
        foreach (var force in Forces)
        {
            all.Merge(force);
        }

        return all;
    }

    public ControlRoomTally AllControlRooms()
    {
        var all = new ControlRoomTally(Period);
        foreach (var room in ControlRooms)
        {
            all.Merge(room);
        }

        return all;
    }

    /// <summary>
    /// Adds another tally of the same shape, force by force and room by room. A host that collects each LP
    /// into its own tally and merges them here gets the same sums as collecting straight into one, as long
    /// as each LP adds every floating-point field at most once (0 + x is exactly x).
    /// </summary>
    public void Merge(ReplicationTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Period != Period || other.Forces.Length != Forces.Length || other.ControlRooms.Length != ControlRooms.Length)
        {
            throw new ArgumentException(
                $"Tallies differ in shape: {other.Forces.Length} forces and {other.ControlRooms.Length} control rooms over {other.Period}, not {Forces.Length} and {ControlRooms.Length} over {Period}.",
                nameof(other));
        }

        for (var f = 0; f < Forces.Length; f++)
        {
            Forces[f].Merge(other.Forces[f]);
        }

        for (var r = 0; r < ControlRooms.Length; r++)
        {
            ControlRooms[r].Merge(other.ControlRooms[r]);
        }

        EventsProcessed += other.EventsProcessed;
    }

    /// <summary>Everything but the period and the shape, which <see cref="TallyCodec"/> writes first to build the tally it reads into.</summary>
    internal void Visit(TallyVisitor visitor)
    {
        visitor.Count(ref _eventsProcessed);
        foreach (var force in Forces)
        {
            force.Visit(visitor);
        }

        foreach (var room in ControlRooms)
        {
            room.Visit(visitor);
        }
    }
}
