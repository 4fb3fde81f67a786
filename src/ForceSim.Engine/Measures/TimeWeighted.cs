namespace ForceSim.Engine.Measures;

/// <summary>Time-average of a piecewise-constant level (queue length, busy units), counted only inside the measured period.</summary>
public sealed class TimeWeighted
{
    private readonly MeasuredPeriod _period;
    private double _lastTime;
    private double _level;
    private double _area;
    private double _areaOfSquares;

    public TimeWeighted(MeasuredPeriod period)
    {
        _period = period;
    }

    /// <summary>∫ level dt over the measured period.</summary>
    public double Area => _area;

    /// <summary>∫ level² dt over the measured period (for the variance).</summary>
    public double AreaOfSquares => _areaOfSquares;

    public double Level => _level;

    /// <summary>Set to also keep the level's typical week (hour by hour).</summary>
    public WeeklyProfile? Weekly { get; init; }

    /// <summary>Set to also keep the level's mean on each day of the whole run, warm-up included (for the stability diagnostics).</summary>
    public DailySeries? Daily { get; init; }

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
        _area += other._area;
        _areaOfSquares += other._areaOfSquares;
        if (Weekly is not null && other.Weekly is not null)
        {
            Weekly.Merge(other.Weekly);
        }

        if (Daily is not null && other.Daily is not null)
        {
            Daily.Merge(other.Daily);
        }
    }

    /// <summary>Every field, level and clock included, so a decoded copy carries on exactly as the original would.</summary>
    internal void Visit(TallyVisitor visitor)
    {
        visitor.Number(ref _area);
        visitor.Number(ref _areaOfSquares);
        visitor.Number(ref _level);
        visitor.Number(ref _lastTime);
        if (visitor.Present(Weekly is not null))
        {
            Weekly!.Visit(visitor);
        }

        if (visitor.Present(Daily is not null))
        {
            Daily!.Visit(visitor);
        }
    }

    private void Accumulate(double now)
    {
        var from = Math.Max(_lastTime, _period.Start);
        var to = Math.Min(now, _period.End);
        if (to > from && _level != 0)
        {
            var span = to - from;
            _area += _level * span;
            _areaOfSquares += _level * _level * span;
        }

        if (Weekly is not null && to > from)
        {
            Weekly.Accumulate(from, to, _level);
        }

        Daily?.Accumulate(_lastTime, now, _level);

        _lastTime = Math.Max(_lastTime, now);
    }
}
