using ForceSim.Engine.Measures;

namespace ForceSim.Engine.Tests.Measures;

public sealed class WeeklyProfileTests
{
    [Fact]
    public void A_level_held_across_an_hour_boundary_is_split_between_the_two_hours()
    {
        var profile = new WeeklyProfile(mondayOffsetHours: 0);
        profile.Accumulate(30, 90, level: 4); // 00:30 to 01:30 on Monday

        var means = profile.Means();
        Assert.Equal(4, means[0]);
        Assert.Equal(4, means[1]);
        Assert.True(double.IsNaN(means[2]));
    }

    [Fact]
    public void Time_zero_on_a_thursday_lands_in_the_thursday_hours()
    {
        var profile = new WeeklyProfile(mondayOffsetHours: 3 * 24);
        profile.Accumulate(0, 60, level: 2);

        Assert.Equal(2, profile.Means()[72]);
        Assert.Equal(72, WeeklyProfile.HourOfWeek(0, 72));
        Assert.Equal(0, WeeklyProfile.HourOfWeek(4 * 24 * 60, 72)); // four days later is Monday 00:00
    }

    [Fact]
    public void Means_average_the_same_hour_over_several_weeks_by_time()
    {
        var profile = new WeeklyProfile(0);
        profile.Accumulate(0, 60, level: 1);
        profile.Accumulate(168 * 60, (168 * 60) + 30, level: 4);

        Assert.Equal((60 * 1 + 30 * 4) / 90.0, profile.Means()[0], precision: 12);
    }

    [Fact]
    public void A_time_weighted_level_with_a_weekly_profile_feeds_it_only_inside_the_measured_period()
    {
        var level = new TimeWeighted(new MeasuredPeriod(60, 180)) { Weekly = new WeeklyProfile(0) };
        level.Set(0, 5);
        level.Set(120, 1);
        level.Finish(300);

        var means = level.Weekly!.Means();
        Assert.True(double.IsNaN(means[0]));
        Assert.Equal(5, means[1]);
        Assert.Equal(1, means[2]);
        Assert.True(double.IsNaN(means[3]));
    }

    [Fact]
    public void Merging_adds_time_and_area_hour_by_hour()
    {
        var a = new WeeklyProfile(0);
        var b = new WeeklyProfile(0);
        a.Accumulate(0, 60, 2);
        b.Accumulate(0, 60, 6);
        a.Merge(b);

        Assert.Equal(4, a.Means()[0]);
    }
}
