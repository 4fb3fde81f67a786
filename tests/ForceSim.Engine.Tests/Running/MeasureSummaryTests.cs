using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Running;

public sealed class MeasureSummaryTests
{
    [Fact]
    public void Mean_sd_and_95_percent_t_interval_match_hand_computed_values()
    {
        var summary = MeasureSummary.Of([1, 2, 3, 4, 5]);

        // sd = sqrt(2.5); t(4, 0.975) = 2.776445; half-width = t · sd / sqrt(5) = 1.963243.
        Assert.Equal(5, summary.N);
        Assert.Equal(3.0, summary.Mean!.Value, 12);
        Assert.Equal(1.5811388, summary.StandardDeviation!.Value, 6);
        Assert.Equal(3 - 1.963243, summary.Lower!.Value, 5);
        Assert.Equal(3 + 1.963243, summary.Upper!.Value, 5);
    }

    [Fact]
    public void A_99_percent_interval_uses_the_wider_t_quantile()
    {
        var summary = MeasureSummary.Of([1, 2, 3, 4, 5], confidence: 0.99);

        // t(4, 0.995) = 4.604095; half-width = 4.604095 · 1.5811388 / sqrt(5) = 3.255587.
        Assert.Equal(3 - 3.255587, summary.Lower!.Value, 5);
        Assert.Equal(3 + 3.255587, summary.Upper!.Value, 5);
    }

    [Fact]
    public void Two_values_use_the_t_quantile_with_one_degree_of_freedom()
    {
        var summary = MeasureSummary.Of([10, 12]);

        // sd = sqrt(2); t(1, 0.975) = 12.7062; half-width = 12.7062 · sqrt(2) / sqrt(2).
        Assert.Equal(11.0, summary.Mean!.Value, 12);
        Assert.Equal(11 - 12.7062, summary.Lower!.Value, 3);
        Assert.Equal(11 + 12.7062, summary.Upper!.Value, 3);
    }

    [Fact]
    public void Null_values_are_left_out_of_the_summary()
    {
        var summary = MeasureSummary.Of([null, 1, 2, null, 3, 4, 5]);

        Assert.Equal(MeasureSummary.Of([1, 2, 3, 4, 5]), summary);
        Assert.Equal(5, summary.N);
    }

    [Fact]
    public void A_single_value_has_a_mean_but_no_interval_or_sd()
    {
        var summary = MeasureSummary.Of([null, 7.5]);

        Assert.Equal(new MeasureSummary(7.5, null, null, null, 1), summary);
        Assert.False(summary.Contains(7.5));
    }

    [Fact]
    public void All_null_or_no_values_give_no_mean()
    {
        var empty = new MeasureSummary(null, null, null, null, 0);

        Assert.Equal(empty, MeasureSummary.Of([null, null]));
        Assert.Equal(empty, MeasureSummary.Of([]));
    }

    [Fact]
    public void Identical_values_give_a_zero_width_interval_at_the_value()
    {
        var summary = MeasureSummary.Of([2.5, 2.5, 2.5]);

        Assert.Equal(0.0, summary.StandardDeviation);
        Assert.Equal(2.5, summary.Lower);
        Assert.Equal(2.5, summary.Upper);
        Assert.True(summary.Contains(2.5));
        Assert.False(summary.Contains(2.5000001));
    }

    [Theory]
    [InlineData(3.0, true)]
    [InlineData(1.05, true)]
    [InlineData(4.95, true)]
    [InlineData(1.0, false)]
    [InlineData(5.0, false)]
    public void Contains_is_true_only_inside_the_interval(double value, bool inside)
    {
        var summary = MeasureSummary.Of([1, 2, 3, 4, 5]);

        Assert.Equal(inside, summary.Contains(value));
    }

    [Fact]
    public void Contains_includes_both_ends()
    {
        var summary = new MeasureSummary(3, 1, 5, 1, 5);

        Assert.True(summary.Contains(1));
        Assert.True(summary.Contains(5));
        Assert.False(summary.Contains(0.999));
        Assert.False(summary.Contains(5.001));
    }
}
