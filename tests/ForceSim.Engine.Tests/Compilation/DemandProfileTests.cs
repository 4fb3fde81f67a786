using ForceSim.Engine.Compilation;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.Compilation;

public sealed class DemandProfileTests
{
    private const double MinutesPerYear = 365.0 * 1440;

    // 2021 is not a leap year and 2021-01-01 is a Friday; 2021-01-04 a Monday.
    private static readonly DateOnly NewYear = new(2021, 1, 1);
    private static readonly DateOnly Monday = new(2021, 1, 4);

    [Fact]
    public void A_flat_profile_integrates_to_the_annual_volume_over_a_year()
    {
        var profile = new DemandProfile(100_000, Flat(), NewYear, MinutesPerYear);

        Assert.Equal(100_000, Integrate(profile, 365 * 24), 100_000 * 0.01);
    }

    [Fact]
    public void A_shaped_profile_still_integrates_to_the_annual_volume_over_a_year()
    {
        var demand = Flat() with
        {
            HourOfDay = [.. Enumerable.Range(0, 24).Select(h => 0.3 + (h % 12))],
            DayOfWeek = [0.8, 0.9, 1.0, 1.0, 1.1, 1.4, 1.2],
            Month = [0.9, 0.85, 0.95, 1.0, 1.05, 1.1, 1.15, 1.1, 1.0, 1.0, 0.95, 0.95],
        };
        var profile = new DemandProfile(250_000, demand, NewYear, MinutesPerYear);

        Assert.Equal(250_000, Integrate(profile, 365 * 24), 250_000 * 0.01);
    }

    [Fact]
    public void A_strongly_seasonal_month_profile_keeps_the_annual_volume_because_months_are_weighted_by_their_days()
    {
        var demand = Flat() with { Month = [1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] };
        var profile = new DemandProfile(100_000, demand, NewYear, MinutesPerYear);

        Assert.Equal(100_000, Integrate(profile, 365 * 24), 100_000 * 1e-9);
    }

    [Fact]
    public void The_whole_year_volume_is_reached_one_year_after_the_start()
    {
        // NextArrival inverts the cumulative rate: an Exp(1) "draw" equal to the annual volume lands at the year's end.
        var profile = new DemandProfile(52_560, Flat(), NewYear, MinutesPerYear + 1440);

        Assert.Equal(MinutesPerYear, profile.NextArrival(0, 52_560), MinutesPerYear * 1e-9);
    }

    [Fact]
    public void Hour_of_day_factors_shape_hourly_rates_in_proportion()
    {
        double[] factors = [.. Enumerable.Range(1, 24).Select(h => (double)h)];
        var profile = new DemandProfile(MinutesPerYear, Flat() with { HourOfDay = factors }, NewYear, 3 * 1440);

        // Volume of one a minute on average; factors 1..24 have mean 12.5.
        for (var h = 0; h < 72; h++)
        {
            Assert.Equal(factors[h % 24] / 12.5, RateAt(profile, h), 9);
        }
    }

    [Fact]
    public void Day_of_week_factors_start_on_Monday()
    {
        double[] factors = [2, 1, 1, 1, 1, 1, 1];
        var fromMonday = new DemandProfile(MinutesPerYear, Flat() with { DayOfWeek = factors }, Monday, 8 * 1440);
        var fromFriday = new DemandProfile(MinutesPerYear, Flat() with { DayOfWeek = factors }, NewYear, 8 * 1440);

        // Factors have mean 8/7, so Monday runs at 2 / (8/7) = 1.75 and other days at 0.875.
        Assert.Equal(1.75, RateAt(fromMonday, 5), 9);
        Assert.Equal(0.875, RateAt(fromMonday, 24 + 5), 9);
        Assert.Equal(0.875, RateAt(fromFriday, 5), 9);
        Assert.Equal(1.75, RateAt(fromFriday, (3 * 24) + 5), 9);
        Assert.Equal(1.75, RateAt(fromMonday, (7 * 24) + 5), 9);
    }

    [Fact]
    public void Month_factors_follow_the_calendar_month()
    {
        double[] factors = [1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
        var profile = new DemandProfile(MinutesPerYear, Flat() with { Month = factors }, NewYear, 40 * 1440);
        // Month factors are normalised to a day-weighted mean of 1 (February ×2 adds its 28 days).
        var mean = (365.0 + 28) / 365;

        Assert.Equal(1 / mean, RateAt(profile, (30 * 24) + 23), 12);   // 31 January, 23:00
        Assert.Equal(2 / mean, RateAt(profile, 31 * 24), 12);          // 1 February, 00:00
    }

    [Fact]
    public void An_hour_of_week_profile_shapes_each_hour_of_the_week_from_Monday_midnight()
    {
        // Factors 1..168 have mean 84.5; a Friday start begins at factor index 4 × 24 = 96.
        double[] week = [.. Enumerable.Range(1, 168).Select(i => (double)i)];
        var fromMonday = new DemandProfile(MinutesPerYear, Flat() with { HourOfWeek = week }, Monday, 15 * 1440);
        var fromFriday = new DemandProfile(MinutesPerYear, Flat() with { HourOfWeek = week }, NewYear, 15 * 1440);

        for (var h = 0; h < 2 * 168; h += 7)
        {
            Assert.Equal(week[h % 168] / 84.5, RateAt(fromMonday, h), 9);
            Assert.Equal(week[(h + 96) % 168] / 84.5, RateAt(fromFriday, h), 9);
        }
    }

    [Fact]
    public void An_hour_of_week_profile_replaces_the_hour_of_day_and_day_of_week_factors()
    {
        double[] week = [.. Enumerable.Range(0, 168).Select(i => i % 24 == 3 ? 24.0 : 0.0)];
        var demand = Flat() with
        {
            HourOfWeek = week,
            HourOfDay = [.. Enumerable.Range(0, 24).Select(h => h == 12 ? 1.0 : 0.0)],
            DayOfWeek = [7, 0, 0, 0, 0, 0, 0],
        };
        var profile = new DemandProfile(MinutesPerYear, demand, Monday, 8 * 1440);

        // All demand at 03:00-04:00 every day (24 a minute), none at noon or on Monday only.
        Assert.Equal(24, RateAt(profile, 3), 9);
        Assert.Equal(24, RateAt(profile, (2 * 24) + 3), 9);
        Assert.Equal(0, RateAt(profile, 12));
    }

    [Fact]
    public void An_hour_of_week_profile_of_the_wrong_length_is_ignored()
    {
        var demand = Flat() with { HourOfWeek = [5, 1, 1], HourOfDay = [.. Enumerable.Range(1, 24).Select(h => (double)h)] };
        var profile = new DemandProfile(MinutesPerYear, demand, Monday, 2 * 1440);

        Assert.Equal(1 / 12.5, RateAt(profile, 0), 9);
        Assert.Equal(24 / 12.5, RateAt(profile, 23), 9);
    }

    [Fact]
    public void A_shaped_hour_of_week_profile_integrates_to_the_annual_volume_over_a_year()
    {
        double[] week = [.. Enumerable.Range(0, 168).Select(i => 0.2 + (i % 24 / 6.0) + (i / 24 == 5 ? 2.0 : 0.0))];
        var profile = new DemandProfile(80_000, Flat() with { HourOfWeek = week }, NewYear, MinutesPerYear);

        Assert.Equal(80_000, Integrate(profile, 365 * 24), 80_000 * 0.01);
    }

    [Fact]
    public void With_a_flat_rate_the_next_arrival_is_now_plus_the_draw_over_the_rate()
    {
        // 1,051,200 a year is exactly two a minute.
        var profile = new DemandProfile(2 * MinutesPerYear, Flat(), NewYear, 10 * 1440);

        Assert.Equal(100.5 + (2.5 / 2), profile.NextArrival(100.5, 2.5));
        Assert.Equal(30 + (100.0 / 2), profile.NextArrival(30, 100));          // crosses an hour boundary
        Assert.Equal(1000 + (5000.0 / 2), profile.NextArrival(1000, 5000));    // crosses many hours and a day
        Assert.Equal(77.0, profile.NextArrival(77.0, 0));
    }

    [Fact]
    public void With_an_awkward_flat_rate_the_next_arrival_is_still_now_plus_the_draw_over_the_rate()
    {
        var profile = new DemandProfile(123_456, Flat(), NewYear, 30 * 1440);
        var rate = 123_456 / MinutesPerYear;

        foreach (var (now, draw) in new[] { (0.0, 0.3), (59.99, 1.7), (1234.5, 12.0), (5000.0, 40.0) })
        {
            Assert.Equal(now + (draw / rate), profile.NextArrival(now, draw), 1e-6);
        }
    }

    [Fact]
    public void Arrivals_skip_hours_with_no_demand()
    {
        var hours = new double[24];
        hours[10] = 1;
        var profile = new DemandProfile(MinutesPerYear, Flat() with { HourOfDay = hours }, NewYear, 3 * 1440);

        // All of a day's demand falls between 10:00 and 11:00, at 24 a minute.
        Assert.Equal(600 + (12.0 / 24), profile.NextArrival(0, 12), 9);
        Assert.Equal(1440 + 600 + (12.0 / 24), profile.NextArrival(660, 12), 9);
    }

    [Fact]
    public void No_arrival_falls_beyond_the_end_of_the_profile()
    {
        var profile = new DemandProfile(MinutesPerYear, Flat(), NewYear, 600);

        Assert.Equal(double.PositiveInfinity, profile.NextArrival(0, 10_000));
    }

    [Fact]
    public void Zero_volume_is_flagged_and_never_produces_an_arrival()
    {
        var zero = new DemandProfile(0, Flat(), NewYear, 1440);
        var some = new DemandProfile(1, Flat(), NewYear, 1440);

        Assert.True(zero.IsZero);
        Assert.False(some.IsZero);
        Assert.Equal(double.PositiveInfinity, zero.NextArrival(0, 0.001));
    }

    private static DemandSettings Flat() => new() { AnnualVolume = new Dictionary<Channel, double>() };

    /// <summary>
    /// Arrival rate per minute in hour <paramref name="hour"/>, read back through NextArrival: a small probe
    /// draw gives a rough rate, then a draw worth about half an hour at that rate gives it precisely.
    /// </summary>
    private static double RateAt(DemandProfile profile, int hour)
    {
        var start = hour * 60.0;
        const double probe = 1e-6;
        var first = profile.NextArrival(start, probe);
        if (first >= start + 60)
        {
            return 0;
        }

        var draw = probe / (first - start) * 30;
        var arrival = profile.NextArrival(start, draw);
        Assert.True(arrival < start + 60, "the refined draw should land inside the hour");
        return draw / (arrival - start);
    }

    private static double Integrate(DemandProfile profile, int hours)
    {
        var total = 0.0;
        for (var h = 0; h < hours; h++)
        {
            total += RateAt(profile, h) * 60;
        }

        return total;
    }
}
