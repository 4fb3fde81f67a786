using ForceSim.Engine.Protocol;

namespace ForceSim.Engine.Hosting;

/// <summary>
/// The protocol's record of one victim: when it next wakes, when it last stepped, the mail waiting for it, and what
/// the host keeps for it (the process itself in memory, or a grain's handover state and summary on the grain host).
/// </summary>
public sealed class VictimEntry<TVictim>
    where TVictim : class
{
    internal VictimEntry(long id, TVictim host)
    {
        Id = id;
        Host = host;
    }

    public long Id { get; private set; }

    public TVictim Host { get; private set; }

    /// <summary>Messages delivered at the start of the current window, in protocol order (empty if none).</summary>
    public IReadOnlyList<Message> Mail => (IReadOnlyList<Message>?)PendingMail ?? [];

    /// <summary>The window the victim last stepped in, or -1.</summary>
    public long LastStep { get; internal set; } = -1;

    internal List<Message>? PendingMail { get; set; }

    /// <summary>The window whose wake-up list holds this victim (entries elsewhere are stale), or -1.</summary>
    internal long WakeWindow { get; set; } = -1;

    /// <summary>The window this victim was last scheduled to step in (so mail and a wake-up step it once).</summary>
    internal long ScheduledFor { get; set; } = -1;

    /// <summary>A retired victim's record becomes a newly met victim's, as if made afresh (its mail was recycled already).</summary>
    internal VictimEntry<TVictim> Become(long id, TVictim host)
    {
        (Id, Host) = (id, host);
        (LastStep, PendingMail, WakeWindow, ScheduledFor) = (-1, null, -1, -1);
        return this;
    }
}
