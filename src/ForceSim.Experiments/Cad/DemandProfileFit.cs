namespace ForceSim.Experiments.Cad;

/// <summary>
/// Hour-of-week and month profiles from incident counts divided by exposure: the hours of each kind the extract
/// covers (from its first to its last incident), so an extract that is not a whole number of weeks or a whole year is
/// not biased towards the hours and months it holds twice. Each profile is scaled to mean 1 over the bins covered;
/// a bin the extract never covers gets 1 (no information) and is reported.
/// </summary>
internal static class DemandProfileFit
{
    public static (double[] HourOfWeek, double[] Month, int HoursUncovered, int MonthsUncovered) Fit(long[] hourOfWeekCounts, long[] monthCounts, DateTime from, DateTime to)
    {
        var hourExposure = new double[168];
        var monthExposure = new double[12];
        var hour = new DateTime(from.Year, from.Month, from.Day, from.Hour, 0, 0, DateTimeKind.Unspecified);
        while (hour < to)
        {
            var next = hour.AddHours(1);
            var start = hour < from ? from : hour;
            var end = next > to ? to : next;
            var covered = (end - start).TotalHours;
            hourExposure[HourOfWeek(hour)] += covered;
            monthExposure[hour.Month - 1] += covered;
            hour = next;
        }

        var (week, hoursUncovered) = Rates(hourOfWeekCounts, hourExposure);
        var (months, monthsUncovered) = Rates(monthCounts, monthExposure);
        return (week, months, hoursUncovered, monthsUncovered);
    }

    /// <summary>Monday 00:00 is 0, as the scenario's <c>hour_of_week</c> counts.</summary>
    public static int HourOfWeek(DateTime time) => ((((int)time.DayOfWeek + 6) % 7) * 24) + time.Hour;

    private static (double[] Factors, int Uncovered) Rates(long[] counts, double[] exposure)
    {
        var rates = new double[counts.Length];
        var covered = 0;
        var total = 0.0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (exposure[i] > 0)
            {
                rates[i] = counts[i] / exposure[i];
                total += rates[i];
                covered++;
            }
        }

        var mean = covered > 0 ? total / covered : 0;
        for (var i = 0; i < counts.Length; i++)
        {
            rates[i] = exposure[i] > 0 && mean > 0 ? rates[i] / mean : 1;
        }

        return (rates, counts.Length - covered);
    }
}
