using ForceSim.Engine.Measures;

namespace ForceSim.Engine.Tests.Measures;

public sealed class HistogramTests
{
    [Fact]
    public void Add_keeps_exact_count_sum_and_mean_and_bins_by_width()
    {
        var histogram = Of(0.5, 1.5, 1.5, 2.5, 9.99);

        Assert.Equal(5, histogram.Count);
        Assert.Equal(15.99, histogram.Sum, 12);
        Assert.Equal(15.99 / 5, histogram.Mean, 12);
        Assert.Equal([1L, 2, 1, 0, 0, 0, 0, 0, 0, 1], histogram.Bins);
        Assert.Equal(0, histogram.Overflow);
    }

    [Fact]
    public void An_empty_histogram_has_no_mean_fraction_or_quantile()
    {
        var histogram = new Histogram(1, 10);

        Assert.True(double.IsNaN(histogram.Mean));
        Assert.True(double.IsNaN(histogram.FractionAtMost(5)));
        Assert.True(double.IsNaN(histogram.Quantile(0.5)));
    }

    [Fact]
    public void Values_beyond_the_last_bin_are_counted_as_overflow_but_still_in_the_mean()
    {
        var histogram = Of(1, 10, 250);

        Assert.Equal(2, histogram.Overflow);
        Assert.Equal(1, histogram.Bins.Sum());
        Assert.Equal(3, histogram.Count);
        Assert.Equal(87, histogram.Mean, 12);
    }

    [Fact]
    public void Negative_values_fall_in_the_first_bin()
    {
        var histogram = Of(-3);

        Assert.Equal(1, histogram.Bins[0]);
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(1.0, 0.25)]    // whole first bin
    [InlineData(1.5, 0.5)]     // half of the second bin's two observations
    [InlineData(2.0, 0.75)]
    [InlineData(2.25, 0.8125)] // a quarter of the third bin's one observation
    [InlineData(50.0, 1.0)]
    public void FractionAtMost_interpolates_linearly_inside_the_bin(double x, double fraction)
    {
        var histogram = Of(0.5, 1.5, 1.5, 2.5);

        Assert.Equal(fraction, histogram.FractionAtMost(x), 12);
    }

    [Fact]
    public void FractionAtMost_never_counts_the_overflow()
    {
        var histogram = Of(1, 2, 30, 40);

        Assert.Equal(0.5, histogram.FractionAtMost(1_000), 12);
    }

    [Theory]
    [InlineData(0.0, 0.0)]     // lower edge of the first non-empty bin
    [InlineData(0.25, 1.0)]
    [InlineData(0.5, 1.5)]
    [InlineData(0.75, 2.0)]
    [InlineData(1.0, 3.0)]
    public void Quantile_interpolates_inside_the_bin_that_holds_it(double q, double value)
    {
        var histogram = Of(0.5, 1.5, 1.5, 2.5);

        Assert.Equal(value, histogram.Quantile(q), 12);
    }

    [Fact]
    public void Quantile_skips_empty_bins_below_the_first_observation()
    {
        var histogram = Of(3.5, 6.5);

        Assert.Equal(3.0, histogram.Quantile(0), 12);
        Assert.Equal(4.0, histogram.Quantile(0.5), 12);
        Assert.Equal(6.5, histogram.Quantile(0.75), 12);
    }

    [Fact]
    public void Quantile_inverts_FractionAtMost_on_a_finer_histogram()
    {
        var histogram = new Histogram(0.1, 100);
        var random = new Random(8);
        for (var i = 0; i < 10_000; i++)
        {
            histogram.Add(-Math.Log(1 - random.NextDouble()) * 10);
        }

        foreach (var q in new[] { 0.1, 0.5, 0.9, 0.99 })
        {
            Assert.Equal(q, histogram.FractionAtMost(histogram.Quantile(q)), 9);
        }
    }

    [Fact]
    public void Quantile_in_the_overflow_is_infinite()
    {
        var histogram = Of(1, 2, 3, 50, 60, 70, 80, 90, 95, 99);

        Assert.Equal(7, histogram.Overflow);
        Assert.Equal(3.0, histogram.Quantile(0.2), 12);
        Assert.Equal(double.PositiveInfinity, histogram.Quantile(0.5));
    }

    [Fact]
    public void Merge_adds_bins_counts_sums_and_overflow()
    {
        var a = Of(0.5, 1.5, 42);
        var b = Of(1.2, 7.7, 11);

        a.Merge(b);

        Assert.Equal(6, a.Count);
        Assert.Equal(0.5 + 1.5 + 42 + 1.2 + 7.7 + 11, a.Sum, 12);
        Assert.Equal(2, a.Overflow);
        Assert.Equal([1L, 2, 0, 0, 0, 0, 0, 1, 0, 0], a.Bins);
        Assert.Equal(3, b.Count); // the source is left alone
    }

    [Fact]
    public void Empty_and_overflow_only_histograms_still_have_all_their_bins()
    {
        var empty = new Histogram(1, 10);
        var overflowOnly = Of(20);
        var merged = new Histogram(1, 10);
        merged.Merge(empty);
        merged.Merge(overflowOnly);

        Assert.Equal(new long[10], empty.Bins);
        Assert.Equal(new long[10], overflowOnly.Bins);
        Assert.Equal(double.PositiveInfinity, overflowOnly.Quantile(0.5));
        Assert.Equal(0, overflowOnly.FractionAtMost(5));
        Assert.Equal(new long[10], merged.Bins);
        Assert.Equal(1, merged.Overflow);
    }

    [Fact]
    public void Merging_histograms_of_different_shape_throws()
    {
        var histogram = new Histogram(1, 10);

        Assert.Throws<ArgumentException>(() => histogram.Merge(new Histogram(1, 20)));
        Assert.Throws<ArgumentException>(() => histogram.Merge(new Histogram(2, 20)));
        Assert.Throws<ArgumentException>(() => histogram.Merge(new Histogram(0.5, 5)));
    }

    private static Histogram Of(params double[] values)
    {
        var histogram = new Histogram(1, 10);
        foreach (var value in values)
        {
            histogram.Add(value);
        }

        return histogram;
    }
}
