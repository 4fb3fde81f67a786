namespace ForceSim.Engine.Measures;

/// <summary>Time-average of a piecewise-constant level (queue length, busy units), counted only inside the measured period.</summary>
public sealed class TimeWeighted
{
    private readonly MeasuredPeriod _period;
    private double _lastTime;
    private double _level;

    public TimeWeighted(MeasuredPeriod period)
    {
        _period = period;
    }

    /// <summary>∫ level dt over the measured period.</summary>
    public double Area { get; private set; }

    /// <summary>∫ level² dt over the measured period (for the variance).</summary>
    public double AreaOfSquares { get; private set; }

    public double Level => _level;

    /// <summary>Set to also keep the level's typical week (hour by hour).</summary>
    public WeeklyProfile? Weekly { get; init; }

    public void Set(double now, double level)
    {
        Accumulate(now);
        _level = level;
    }

    public void Add(double now, double delta) => Set(now, _level + delta);

    /// <summary>Closes the last interval at the end of the run.</summary>
    public void Finish(double end) => Accumulate(end);

    public void Merge(TimeWeighted other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Area += other.Area;
        AreaOfSquares += other.AreaOfSquares;
        if (Weekly is not null && other.Weekly is not null)
        {
            Weekly.Merge(other.Weekly);
        }
    }

    private void Accumulate(double now)
    {
        var from = Math.Max(_lastTime, _period.Start);
        var to = Math.Min(now, _period.End);
        if (to > from && _level != 0)
        {
            var span = to - from;
            Area += _level * span;
            AreaOfSquares += _level * _level * span;
        }

        if (Weekly is not null && to > from)
        {
            Weekly.Accumulate(from, to, _level);
        }

        _lastTime = Math.Max(_lastTime, now);
    }
}
