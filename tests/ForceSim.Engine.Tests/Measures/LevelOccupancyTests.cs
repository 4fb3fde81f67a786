using ForceSim.Engine.Measures;

namespace ForceSim.Engine.Tests.Measures;

public sealed class LevelOccupancyTests
{
    private static readonly MeasuredPeriod Period = new(10, 20);

    [Fact]
    public void Shares_are_the_measured_time_at_each_level_and_sum_to_one()
    {
        var occupancy = new LevelOccupancy(Period);
        occupancy.Set(0, 1);
        occupancy.Set(12, 3);
        occupancy.Set(15, 0);
        occupancy.Finish(25);

        Assert.Equal(0.5, occupancy.Share(0), 12);
        Assert.Equal(0.2, occupancy.Share(1), 12);
        Assert.Equal(0.0, occupancy.Share(2), 12);
        Assert.Equal(0.3, occupancy.Share(3), 12);
        Assert.Equal(1.0, Enumerable.Range(0, occupancy.TimeAtLevel.Count).Sum(occupancy.Share), 12);
        Assert.Equal(10, occupancy.TimeAtLevel.Sum(), 12);
    }

    [Fact]
    public void Time_before_the_first_change_counts_at_level_zero()
    {
        var occupancy = new LevelOccupancy(Period);
        occupancy.Set(14, 2);
        occupancy.Finish(20);

        Assert.Equal(4, occupancy.TimeAtLevel[0], 12);
        Assert.Equal(6, occupancy.TimeAtLevel[2], 12);
    }

    [Fact]
    public void Time_outside_the_measured_period_is_clipped()
    {
        var occupancy = new LevelOccupancy(Period);
        occupancy.Set(0, 5);
        occupancy.Set(11, 6);
        occupancy.Set(19, 7);
        occupancy.Finish(1_000);

        Assert.Equal(1, occupancy.TimeAtLevel[5], 12);
        Assert.Equal(8, occupancy.TimeAtLevel[6], 12);
        Assert.Equal(1, occupancy.TimeAtLevel[7], 12);
        Assert.Equal(10, occupancy.TimeAtLevel.Sum(), 12);
    }

    [Fact]
    public void Levels_beyond_the_initial_table_are_recorded()
    {
        var occupancy = new LevelOccupancy(Period);
        occupancy.Set(10, 40);
        occupancy.Set(15, 100);
        occupancy.Finish(20);

        Assert.Equal(0.5, occupancy.Share(40), 12);
        Assert.Equal(0.5, occupancy.Share(100), 12);
        Assert.Equal(0, occupancy.Share(1_000));
    }

    [Fact]
    public void With_no_measured_time_every_share_is_zero()
    {
        var occupancy = new LevelOccupancy(Period);
        occupancy.Set(2, 3);
        occupancy.Finish(5);

        Assert.Equal(0, occupancy.Share(0));
        Assert.Equal(0, occupancy.Share(3));
    }

    [Fact]
    public void Merge_adds_time_level_by_level_and_grows_to_the_longer_table()
    {
        var a = new LevelOccupancy(Period);
        a.Set(10, 1);
        a.Finish(20);
        var b = new LevelOccupancy(Period);
        b.Set(10, 30);
        b.Set(15, 1);
        b.Finish(20);

        a.Merge(b);

        Assert.Equal(15, a.TimeAtLevel[1], 12);
        Assert.Equal(5, a.TimeAtLevel[30], 12);
        Assert.Equal(0.75, a.Share(1), 12);
        Assert.Equal(0.25, a.Share(30), 12);
    }
}
