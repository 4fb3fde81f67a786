namespace ForceSim.Engine.Measures;

/// <summary>
/// The average of a level for each of the 168 hours of the week (Monday 00:00 first) over the measured
/// period: what a typical week looks like, for demand-and-capacity and queue charts.
/// </summary>
public sealed class WeeklyProfile
{
    public const int HoursInWeek = 168;

    private readonly double[] _area = new double[HoursInWeek];
    private readonly double[] _time = new double[HoursInWeek];
    private double _hourStart = double.NaN;
    private double _hourEnd = double.NaN;
    private int _bucket;

    /// <param name="mondayOffsetHours">Hours from the Monday 00:00 before simulated time zero to time zero.</param>
    public WeeklyProfile(int mondayOffsetHours)
    {
        MondayOffsetHours = mondayOffsetHours;
    }

    public int MondayOffsetHours { get; }

    public static int HourOfWeek(double minutes, int mondayOffsetHours) =>
        (int)(((long)(minutes / 60.0) + mondayOffsetHours) % HoursInWeek);

    /// <summary>Adds <paramref name="level"/> held over [from, to), split at hour boundaries.</summary>
    public void Accumulate(double from, double to, double level)
    {
        while (to > from)
        {
            // Levels change many times an hour, so the current hour's bucket is cached (this is on the hot path).
            if (!(from >= _hourStart && from < _hourEnd))
            {
                var hour = Math.Floor(from / 60.0);
                _hourStart = hour * 60.0;
                _hourEnd = _hourStart + 60.0;
                _bucket = (int)(((long)hour + MondayOffsetHours) % HoursInWeek);
            }

            var until = to < _hourEnd ? to : _hourEnd;
            var span = until - from;
            _area[_bucket] += level * span;
            _time[_bucket] += span;
            from = until;
        }
    }

    /// <summary>Mean level in each hour of the week (NaN for an hour never observed).</summary>
    public double[] Means()
    {
        var means = new double[HoursInWeek];
        for (var h = 0; h < HoursInWeek; h++)
        {
            means[h] = _time[h] > 0 ? _area[h] / _time[h] : double.NaN;
        }

        return means;
    }

    public void Merge(WeeklyProfile other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var h = 0; h < HoursInWeek; h++)
        {
            _area[h] += other._area[h];
            _time[h] += other._time[h];
        }
    }

    internal void Visit(TallyVisitor visitor)
    {
        visitor.Numbers(_area);
        visitor.Numbers(_time);

        // The cached hour as well: a fresh lookup would find the same bucket, but a decoded copy should re-encode identically.
        visitor.Number(ref _hourStart);
        visitor.Number(ref _hourEnd);
        visitor.Integer(ref _bucket);
    }
}
