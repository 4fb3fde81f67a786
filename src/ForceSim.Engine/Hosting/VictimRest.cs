namespace ForceSim.Engine.Hosting;

/// <summary>
/// Which victims have gone a while without a step. A force-year meets ~100k victims, most with nothing to do for days;
/// a host can send those to rest (out of memory) and bring each back with its next message or wake-up. Checked once a
/// simulated day, so a host rests them in one batch rather than one at a time.
/// </summary>
internal sealed class VictimRest<TVictim>(double windowMinutes, double idleMinutes)
    where TVictim : class
{
    private readonly long _idleWindows = (long)Math.Ceiling(idleMinutes / windowMinutes);
    private readonly long _checkEvery = Math.Max(1, (long)Math.Round(1440 / windowMinutes));
    private readonly Queue<(VictimEntry<TVictim> Victim, long Window)> _stepsInOrder = new();
    private readonly List<VictimEntry<TVictim>> _idle = [];

    public void Stepped(VictimEntry<TVictim> victim, long window) => _stepsInOrder.Enqueue((victim, window));

    /// <summary>Victims whose last step was at least the idle horizon before window <paramref name="window"/>, if it ends a day.</summary>
    public IReadOnlyList<VictimEntry<TVictim>> IdleAfter(long window)
    {
        _idle.Clear();
        if ((window + 1) % _checkEvery != 0)
        {
            return _idle;
        }

        while (_stepsInOrder.TryPeek(out var step) && step.Window <= window - _idleWindows)
        {
            _stepsInOrder.Dequeue();
            if (step.Victim.LastStep == step.Window)
            {
                _idle.Add(step.Victim); // not stepped since: idle for the whole horizon
            }
        }

        return _idle;
    }
}
