using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Compilation;

/// <summary>
/// Arrival rate per minute for each hour of the run, from the annual volume and the hour-of-day and
/// day-of-week factors (or an hour-of-week profile) and month factors, each normalised to mean 1 so the
/// annual volume is kept.
/// </summary>
public sealed class DemandProfile
{
    private readonly double[] _ratePerMinute;

    public DemandProfile(double annualVolume, DemandSettings demand, DateOnly startDate, double runMinutes)
    {
        ArgumentNullException.ThrowIfNull(demand);
        var hours = (int)Math.Ceiling(runMinutes / 60.0) + 1;
        _ratePerMinute = new double[hours];
        var hourFactors = Normalised(demand.HourOfDay, 24);
        var dayFactors = Normalised(demand.DayOfWeek, 7);
        var monthFactors = MonthsNormalised(demand.Month);
        var weekFactors = demand.HourOfWeek.Count == 168 ? Normalised(demand.HourOfWeek, 168) : null;
        var baseRate = annualVolume / (365.0 * 24 * 60);
        for (var h = 0; h < hours; h++)
        {
            var date = startDate.AddDays(h / 24);
            var weekday = ((int)date.DayOfWeek + 6) % 7; // Monday = 0
            var weekShape = weekFactors?[(weekday * 24) + (h % 24)] ?? hourFactors[h % 24] * dayFactors[weekday];
            _ratePerMinute[h] = baseRate * weekShape * monthFactors[date.Month - 1];
        }

        IsZero = annualVolume <= 0;
    }

    public bool IsZero { get; }

    /// <summary>
    /// Next arrival after <paramref name="now"/> given an Exp(1) draw: walks the hourly rates, so the
    /// non-homogeneous Poisson process is exact, not thinned.
    /// </summary>
    public double NextArrival(double now, double unitExponential)
    {
        var remaining = unitExponential;
        var t = now;
        var hour = (int)(t / 60.0);
        while (hour < _ratePerMinute.Length)
        {
            var hourEnd = (hour + 1) * 60.0;
            var rate = _ratePerMinute[hour];
            var capacity = rate * (hourEnd - t);
            if (capacity >= remaining && rate > 0)
            {
                return t + (remaining / rate);
            }

            remaining -= capacity;
            t = hourEnd;
            hour++;
        }

        return double.PositiveInfinity;
    }

    /// <summary>Month factors scaled so a 365-day year keeps the annual volume: a day-weighted mean of 1.</summary>
    private static double[] MonthsNormalised(IReadOnlyList<double> factors)
    {
        if (factors.Count != 12)
        {
            return [.. Enumerable.Repeat(1.0, 12)];
        }

        var weighted = factors.Select((f, m) => f * DateTime.DaysInMonth(2001, m + 1)).Sum() / 365.0;
        return [.. factors.Select(f => f / weighted)];
    }

    private static double[] Normalised(IReadOnlyList<double> factors, int length)
    {
        if (factors.Count != length)
        {
            return [.. Enumerable.Repeat(1.0, length)];
        }

        var mean = factors.Average();
        return [.. factors.Select(f => f / mean)];
    }
}
