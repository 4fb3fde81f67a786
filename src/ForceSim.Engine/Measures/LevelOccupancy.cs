namespace ForceSim.Engine.Measures;

/// <summary>Time spent at each integer level (e.g. number of busy units) within the measured period.</summary>
public sealed class LevelOccupancy
{
    private readonly MeasuredPeriod _period;
    private double[] _time = new double[16];
    private double _lastTime;
    private int _level;

    public LevelOccupancy(MeasuredPeriod period)
    {
        _period = period;
    }

    public IReadOnlyList<double> TimeAtLevel => _time;

    public void Set(double now, int level)
    {
        Accumulate(now);
        _level = level;
        if (level >= _time.Length)
        {
            Array.Resize(ref _time, Math.Max(level + 1, _time.Length * 2));
        }
    }

    public void Finish(double end) => Accumulate(end);

    /// <summary>Share of the measured time spent at <paramref name="level"/>.</summary>
    public double Share(int level)
    {
        var total = _time.Sum();
        return total <= 0 || level >= _time.Length ? 0 : _time[level] / total;
    }

    public void Merge(LevelOccupancy other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._time.Length > _time.Length)
        {
            Array.Resize(ref _time, other._time.Length);
        }

        for (var i = 0; i < other._time.Length; i++)
        {
            _time[i] += other._time[i];
        }
    }

    internal void Visit(TallyVisitor visitor)
    {
        visitor.ResizableNumbers(ref _time);
        visitor.Number(ref _lastTime);
        visitor.Integer(ref _level);
    }

    private void Accumulate(double now)
    {
        var from = Math.Max(_lastTime, _period.Start);
        var to = Math.Min(now, _period.End);
        if (to > from)
        {
            _time[_level] += to - from;
        }

        _lastTime = Math.Max(_lastTime, now);
    }
}
