namespace ForceSim.Engine.Hosting;

/// <summary>
/// The victims' wake-up index: for each window, the victims whose next event falls in it. A victim refiled for another
/// window leaves a stale entry behind, told apart by its <see cref="VictimEntry{TVictim}.WakeWindow"/>. A window's list is
/// reused once taken, kept at the size it grew to, as a busy hour's wake-ups would otherwise regrow a new list every window.
/// </summary>
internal sealed class VictimWakeUps<TVictim>
    where TVictim : class
{
    private readonly double _windowMinutes;
    private readonly Dictionary<long, List<VictimEntry<TVictim>>> _byWindow = [];
    private readonly Stack<List<VictimEntry<TVictim>>> _spare = new();

    public VictimWakeUps(double windowMinutes)
    {
        _windowMinutes = windowMinutes;
    }

    /// <summary>Files the victim for the window its next event falls in (none if it has none).</summary>
    public void File(VictimEntry<TVictim> victim, double nextEventTime)
    {
        if (double.IsPositiveInfinity(nextEventTime))
        {
            victim.WakeWindow = -1;
            return;
        }

        var window = (long)(nextEventTime / _windowMinutes);
        if (victim.WakeWindow == window)
        {
            return; // already filed for that window
        }

        victim.WakeWindow = window;
        if (!_byWindow.TryGetValue(window, out var list))
        {
            list = _spare.TryPop(out var spare) ? spare : [];
            _byWindow.Add(window, list);
        }

        list.Add(victim);
    }

    /// <summary>Adds to <paramref name="due"/> the victims that wake in <paramref name="window"/> and are not listed for it yet, unless <paramref name="listNone"/>.</summary>
    public void TakeDue(long window, List<VictimEntry<TVictim>> due, bool listNone)
    {
        if (!_byWindow.Remove(window, out var filed))
        {
            return;
        }

        if (!listNone)
        {
            foreach (var victim in filed)
            {
                if (victim.WakeWindow == window && victim.ScheduledFor != window)
                {
                    victim.ScheduledFor = window;
                    due.Add(victim);
                }
            }
        }

        filed.Clear();
        _spare.Push(filed);
    }
}
