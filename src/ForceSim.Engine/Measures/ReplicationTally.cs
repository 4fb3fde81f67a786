namespace ForceSim.Engine.Measures;

/// <summary>All tallies of one replication: one per force and one per control room.</summary>
public sealed class ReplicationTally
{
    public ReplicationTally(MeasuredPeriod period, int forces, int controlRooms)
    {
        Period = period;
        Forces = [.. Enumerable.Range(0, forces).Select(_ => new ForceTally(period))];
        ControlRooms = [.. Enumerable.Range(0, controlRooms).Select(_ => new ControlRoomTally(period))];
    }

    public MeasuredPeriod Period { get; }

    public ForceTally[] Forces { get; }

    public ControlRoomTally[] ControlRooms { get; }

    public long EventsProcessed { get; set; }

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
}
