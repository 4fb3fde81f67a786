using ForceSim.Engine.Measures;

namespace ForceSim.Engine.Tests.Measures;

public sealed class TimeWeightedTests
{
    private static readonly MeasuredPeriod Period = new(10, 20);

    [Fact]
    public void Area_counts_only_the_time_inside_the_measured_period()
    {
        var level = new TimeWeighted(Period);
        level.Set(0, 2);
        level.Set(5, 3);
        level.Set(15, 1);
        level.Finish(30);

        // 3 over [10, 15) and 1 over [15, 20).
        Assert.Equal(20, level.Area, 12);
        Assert.Equal((9 * 5) + (1 * 5), level.AreaOfSquares, 12);
        Assert.Equal(1, level.Level);
    }

    [Fact]
    public void An_interval_straddling_the_start_is_clipped_at_the_start()
    {
        var level = new TimeWeighted(Period);
        level.Set(4, 5);
        level.Set(12, 0);
        level.Finish(20);

        Assert.Equal(10, level.Area, 12);
    }

    [Fact]
    public void An_interval_straddling_the_end_is_clipped_at_the_end()
    {
        var level = new TimeWeighted(Period);
        level.Set(18, 4);
        level.Finish(100);

        Assert.Equal(8, level.Area, 12);
        Assert.Equal(32, level.AreaOfSquares, 12);
    }

    [Fact]
    public void Intervals_wholly_before_or_after_the_period_count_nothing()
    {
        var level = new TimeWeighted(Period);
        level.Set(1, 7);
        level.Set(9, 0);
        level.Set(25, 9);
        level.Finish(40);

        Assert.Equal(0, level.Area);
        Assert.Equal(0, level.AreaOfSquares);
    }

    [Fact]
    public void Add_changes_the_level_by_a_delta()
    {
        var level = new TimeWeighted(Period);
        level.Add(12, 2);
        level.Add(14, 1);
        level.Add(16, -3);
        level.Finish(20);

        // 2 over [12, 14), 3 over [14, 16), 0 after.
        Assert.Equal(10, level.Area, 12);
        Assert.Equal((4 * 2) + (9 * 2), level.AreaOfSquares, 12);
        Assert.Equal(0, level.Level);
    }

    [Fact]
    public void Finish_closes_the_last_interval_once()
    {
        var level = new TimeWeighted(Period);
        level.Set(15, 2);
        Assert.Equal(0, level.Area);

        level.Finish(20);
        level.Finish(20);

        Assert.Equal(10, level.Area, 12);
    }

    [Fact]
    public void Merge_adds_areas()
    {
        var a = new TimeWeighted(Period);
        a.Set(10, 1);
        a.Finish(20);
        var b = new TimeWeighted(Period);
        b.Set(10, 3);
        b.Finish(20);

        a.Merge(b);

        Assert.Equal(40, a.Area, 12);
        Assert.Equal(10 + 90, a.AreaOfSquares, 12);
    }
}
