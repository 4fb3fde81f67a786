using ForceSim.Model.Scenarios;
using static System.FormattableString;

namespace ForceSim.Model.Loading;

/// <summary>Binds <c>run</c>.</summary>
internal static class RunBinder
{
    private const int MinutesPerDay = 1440;

    public static RunSettings Bind(MappingReader reader)
    {
        var defaults = new RunSettings();
        return new RunSettings
        {
            Seed = reader.Long("seed", defaults.Seed, 0, long.MaxValue),
            Replications = reader.Integer("replications", defaults.Replications, 1, 10_000),
            HorizonDays = reader.Number("horizon_days", defaults.HorizonDays, NumberRange.Between(1, 3660)),
            WarmupDays = reader.Number("warmup_days", defaults.WarmupDays, NumberRange.Between(0, 365)),
            WindowMinutes = WindowMinutes(reader, defaults.WindowMinutes),
            StartDate = reader.Date("start_date", defaults.StartDate),
        };
    }

    /// <summary><c>window_minutes</c>: whole minutes that divide a day, so windows line up with midnight.</summary>
    private static double WindowMinutes(MappingReader reader, double fallback)
    {
        var window = reader.Number("window_minutes", fallback, NumberRange.Between(1, MinutesPerDay));
        if (window != Math.Floor(window) || MinutesPerDay % (int)window != 0)
        {
            reader.Report("window_minutes", Invariant(
                $"must be a whole number of minutes that divides 1440 evenly, such as 5, 10, 15, 30 or 60 (got {window})"));
            return fallback;
        }

        return window;
    }
}
