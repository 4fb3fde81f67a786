using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Compilation;

/// <summary>Call handlers on duty through the day: the step function built from the roster's shifts.</summary>
public sealed class HandlerRoster
{
    private readonly double[] _changeMinutes;
    private readonly int[] _staffFrom;

    public HandlerRoster(CallHandlerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Unlimited = settings.Unlimited;
        var points = new SortedSet<double> { 0 };
        foreach (var shift in settings.Shifts)
        {
            points.Add(Wrap(shift.StartHour * 60));
            points.Add(Wrap((shift.StartHour + shift.Hours) * 60));
        }

        _changeMinutes = [.. points];
        _staffFrom = new int[_changeMinutes.Length];
        for (var i = 0; i < _changeMinutes.Length; i++)
        {
            var rostered = settings.Shifts.Where(s => Covers(s, _changeMinutes[i])).Sum(s => s.Count);

            // Abstraction removes a share of the rostered handlers; rounding keeps whole people.
            _staffFrom[i] = (int)Math.Round(rostered * (1 - settings.AbstractionRate), MidpointRounding.AwayFromZero);
        }

        RosteredHoursPerDay = settings.Shifts.Sum(s => s.Count * s.Hours);
    }

    public bool Unlimited { get; }

    /// <summary>Rostered handler-hours a day, before abstraction (what is paid for).</summary>
    public double RosteredHoursPerDay { get; }

    /// <summary>Minutes after midnight at which staffing changes.</summary>
    public IReadOnlyList<double> ChangeMinutes => _changeMinutes;

    public int StaffAt(double minuteOfDay)
    {
        var i = Array.BinarySearch(_changeMinutes, minuteOfDay);
        i = i < 0 ? ~i - 1 : i;
        return _staffFrom[Math.Max(i, 0)];
    }

    /// <summary>Time of the next staffing change strictly after <paramref name="now"/>.</summary>
    public double NextChange(double now)
    {
        var day = Math.Floor(now / 1440.0);
        var minute = now - (day * 1440.0);
        foreach (var change in _changeMinutes)
        {
            if (change > minute)
            {
                return (day * 1440.0) + change;
            }
        }

        return ((day + 1) * 1440.0) + _changeMinutes[0];
    }

    private static double Wrap(double minutes) => ((minutes % 1440.0) + 1440.0) % 1440.0;

    private static bool Covers(StaffShift shift, double minuteOfDay)
    {
        var start = shift.StartHour * 60;
        var end = start + (shift.Hours * 60);
        return (minuteOfDay >= start && minuteOfDay < end) || (minuteOfDay + 1440 >= start && minuteOfDay + 1440 < end);
    }
}
