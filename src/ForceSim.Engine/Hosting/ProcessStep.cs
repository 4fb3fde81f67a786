using ForceSim.Engine.Protocol;

namespace ForceSim.Engine.Hosting;

/// <summary>
/// What every host does to an LP in a window, wherever the LP lives: deliver its mail in protocol order, then advance it
/// only if one of its events falls before the window's end. One rule for both hosts, so they run the same events.
/// </summary>
public static class ProcessStep
{
    public static void Run(ILogicalProcess process, IReadOnlyList<Message> mail, double windowEnd, List<Message> outbox)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(mail);
        for (var i = 0; i < mail.Count; i++)
        {
            process.Deliver(mail[i]);
        }

        if (process.NextEventTime < windowEnd)
        {
            process.Advance(windowEnd, outbox);
        }
    }
}
