using ForceSim.Model.Scenarios;
using static System.FormattableString;

namespace ForceSim.Model.Loading;

/// <summary>Binds a force's <c>demand</c>: annual volume per channel and the hour, weekday and month profiles.</summary>
internal static class DemandBinder
{
    public static DemandSettings Bind(MappingReader reader)
    {
        var volumes = new Dictionary<Channel, double>();
        var volumeReader = reader.RequiredMapping("annual_volume");
        foreach (var channel in ScenarioNames.Channels.Values)
        {
            var name = ScenarioNames.Channels.NameOf(channel);
            volumes[channel] = volumeReader?.Number(name, 0, NumberRange.Between(0, 10_000_000)) ?? 0;
        }

        var demand = new DemandSettings
        {
            AnnualVolume = volumes,
            HourOfDay = Factors(reader, "hour_of_day", 24, "one per hour starting at 00:00"),
            DayOfWeek = Factors(reader, "day_of_week", 7, "Monday to Sunday"),
            HourOfWeek = Factors(reader, "hour_of_week", 168, "one per hour from Monday 00:00 to Sunday 23:00"),
            Month = Factors(reader, "month", 12, "January to December"),
        };
        if (demand.HourOfWeek.Count > 0 && (demand.HourOfDay.Count > 0 || demand.DayOfWeek.Count > 0))
        {
            reader.Report("hour_of_week", "give either hour_of_week or hour_of_day/day_of_week, not both");
        }

        return demand;
    }

    /// <summary>An optional profile of exactly <paramref name="count"/> non-negative factors with a positive sum; empty means flat.</summary>
    private static IReadOnlyList<double> Factors(MappingReader reader, string key, int count, string meaning)
    {
        var values = reader.Numbers(key, InputLimits.Weight);
        if (values is null || values.Count == 0)
        {
            return [];
        }

        if (values.Count != count)
        {
            reader.Report(key, Invariant($"must have exactly {count} values, {meaning} (got {values.Count})"));
            return [];
        }

        if (values.Sum() <= 0)
        {
            reader.Report(key, "must have a positive sum (all values are 0)");
            return [];
        }

        return values;
    }
}
