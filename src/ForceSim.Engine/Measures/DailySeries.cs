namespace ForceSim.Engine.Measures;

/// <summary>
/// A level's mean on each simulated day from time zero to the end of the run, warm-up included: the series the
/// stability diagnostics read (does a queue grow; where does its initial transient end). Days are fixed buckets
/// allocated up front, so adding to them on the hot path allocates nothing.
/// </summary>
public sealed class DailySeries
{
    public const double DayMinutes = 1440.0;

    private readonly double _end;
    private readonly double[] _area;
    private double _dayStart = double.NaN;
    private double _dayEnd = double.NaN;
    private int _bucket;

    /// <param name="end">The end of the run (minutes from time zero): the last, possibly partial, day ends there.</param>
    public DailySeries(double end)
    {
        _end = Math.Max(0, end);
        _area = new double[(int)Math.Ceiling(_end / DayMinutes)];
    }

    public int Days => _area.Length;

    /// <summary>Adds <paramref name="level"/> held over [from, to), split at day boundaries and cut to the run.</summary>
    public void Accumulate(double from, double to, double level)
    {
        from = Math.Max(0, from);
        to = Math.Min(to, _end);
        if (level == 0)
        {
            return;
        }

        while (to > from)
        {
            // Levels change many times a day, so the current day's bucket is cached (this is on the hot path).
            if (!(from >= _dayStart && from < _dayEnd))
            {
                var day = Math.Floor(from / DayMinutes);
                _dayStart = day * DayMinutes;
                _dayEnd = _dayStart + DayMinutes;
                _bucket = (int)day;
            }

            var until = to < _dayEnd ? to : _dayEnd;
            _area[_bucket] += level * (until - from);
            from = until;
        }
    }

    /// <summary>Adds a value observed once on the day of <paramref name="now"/>, counted as held all that day.</summary>
    public void Sample(double now, double value)
    {
        if (now >= 0 && now < _end)
        {
            _area[(int)(now / DayMinutes)] += value * DayMinutes;
        }
    }

    /// <summary>The mean level of each day (the last day over its own length, when the run ends part-way through it).</summary>
    public double[] Means()
    {
        var means = new double[_area.Length];
        for (var d = 0; d < means.Length; d++)
        {
            var length = Math.Min(DayMinutes, _end - (d * DayMinutes));
            means[d] = length > 0 ? _area[d] / length : 0;
        }

        return means;
    }

    public void Merge(DailySeries other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var d = 0; d < _area.Length && d < other._area.Length; d++)
        {
            _area[d] += other._area[d];
        }
    }

    internal void Visit(TallyVisitor visitor)
    {
        visitor.Numbers(_area);

        // The cached day as well, so a decoded copy re-encodes identically.
        visitor.Number(ref _dayStart);
        visitor.Number(ref _dayEnd);
        visitor.Integer(ref _bucket);
    }
}
