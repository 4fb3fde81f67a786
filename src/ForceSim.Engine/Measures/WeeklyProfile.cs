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
            var hourEnd = (Math.Floor(from / 60.0) + 1) * 60.0;
            var until = Math.Min(hourEnd, to);
            var bucket = HourOfWeek(from, MondayOffsetHours);
            _area[bucket] += level * (until - from);
            _time[bucket] += until - from;
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
}
