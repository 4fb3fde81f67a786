using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Running;

public sealed class BoundedIntervalTests
{
    private static readonly double?[] SkewedWaits = [120, 95, 188725, 410, 260];

    [Fact]
    public void A_wait_interval_never_goes_below_zero_when_one_replication_dwarfs_the_rest()
    {
        var plain = MeasureSummary.Of(SkewedWaits);
        var summary = MeasureSummary.Of("response.dispatch_wait_minutes.priority", SkewedWaits);

        Assert.True(plain.Lower < 0, "the plain t interval is the one that goes negative here");
        Assert.True(summary.Bootstrapped);
        Assert.True(summary.Lower >= 0);
    }

    [Fact]
    public void A_bounded_interval_contains_the_mean()
    {
        var summary = MeasureSummary.Of("response.dispatch_wait_minutes.priority", SkewedWaits);

        Assert.True(summary.Contains(summary.Mean!.Value), $"{summary.Lower} – {summary.Upper} around {summary.Mean}");
    }

    [Fact]
    public void A_share_interval_stays_within_zero_and_one()
    {
        var summary = MeasureSummary.Of("response.attendance_within_target.scheduled", [0.99, 0.97, 0.60, 1.0]);

        Assert.True(summary.Bootstrapped);
        Assert.InRange(summary.Lower!.Value, 0, 1);
        Assert.InRange(summary.Upper!.Value, 0, 1);
        Assert.True(summary.Contains(summary.Mean!.Value));
    }

    [Fact]
    public void The_plain_t_interval_is_kept_where_it_is_already_valid()
    {
        double?[] values = [10, 11, 12, 13];

        var summary = MeasureSummary.Of("response.dispatch_wait_minutes.emergency", values);

        Assert.False(summary.Bootstrapped);
        Assert.Equal(MeasureSummary.Of(values), summary with { Bootstrapped = false });
    }

    [Fact]
    public void The_same_values_give_the_same_bootstrap_interval_every_time()
    {
        var first = MeasureSummary.Of("response.dispatch_wait_minutes.priority", SkewedWaits);
        var second = MeasureSummary.Of("response.dispatch_wait_minutes.priority", SkewedWaits);

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_signed_difference_keeps_its_plain_t_interval_below_zero()
    {
        double?[] values = [-3, 1, 2];

        var summary = MeasureSummary.Of("stability.call_queue.online.mser5_warmup_bias", values);

        Assert.False(summary.Bootstrapped);
        Assert.True(summary.Lower < 0);
    }

    [Theory]
    [InlineData("response.unit_utilisation", double.PositiveInfinity)]
    [InlineData("response.dispatch_wait_minutes.scheduled", double.PositiveInfinity)]
    [InlineData("response.attendance_within_need_target", 1.0)]
    [InlineData("grades.responding_to_the_public.population.good", 1.0)]
    [InlineData("victims.unreported_repeat_crimes_per_year", double.PositiveInfinity)]
    [InlineData("inspection.plan_set_n", double.PositiveInfinity)]
    public void A_measure_is_bounded_by_one_only_when_it_is_a_share(string name, double highest)
    {
        Assert.Equal(highest, MeasureRange.Highest(name));
    }
}
