using ForceSim.Engine.Inspection;

namespace ForceSim.Engine.Tests.Inspection;

public sealed class WilsonIntervalTests
{
    [Fact]
    public void The_cambridgeshire_attendance_sample_of_52_percent_in_79_spans_about_41_to_63_percent()
    {
        // Hand-computed: centre (p + z²/2n) / (1 + z²/n) = 0.5191, half-width 0.1076.
        var (lower, upper) = WilsonInterval.Of(0.52, 79);

        Assert.Equal(0.4115, lower, 0.0005);
        Assert.Equal(0.6267, upper, 0.0005);
    }

    [Fact]
    public void Half_in_a_hundred_gives_the_textbook_interval()
    {
        var (lower, upper) = WilsonInterval.Of(0.5, 100);

        Assert.Equal(0.4038, lower, 0.0001);
        Assert.Equal(0.5962, upper, 0.0001);
    }

    [Fact]
    public void None_in_ten_has_lower_bound_zero_and_a_positive_upper_bound()
    {
        var (lower, upper) = WilsonInterval.Of(0, 10);

        Assert.Equal(0, lower);
        Assert.Equal(0.2775, upper, 0.0001);
    }

    [Fact]
    public void All_in_ten_has_upper_bound_one_and_mirrors_none_in_ten()
    {
        var (lower, upper) = WilsonInterval.Of(1, 10);

        Assert.Equal(1, upper, 1e-12);
        Assert.Equal(1 - 0.2775, lower, 0.0001);
    }

    [Theory]
    [InlineData(0.1, 20)]
    [InlineData(0.3, 81)]
    [InlineData(0.52, 79)]
    [InlineData(0.88, 1400)]
    public void The_interval_for_p_mirrors_the_interval_for_one_minus_p_and_contains_p(double p, int n)
    {
        var (lower, upper) = WilsonInterval.Of(p, n);
        var (mirroredLower, mirroredUpper) = WilsonInterval.Of(1 - p, n);

        Assert.Equal(1 - mirroredUpper, lower, 1e-12);
        Assert.Equal(1 - mirroredLower, upper, 1e-12);
        Assert.InRange(p, lower, upper);
    }

    [Fact]
    public void A_larger_sample_gives_a_narrower_interval()
    {
        int[] sizes = [10, 79, 130, 1400];
        var widths = sizes.Select(n => WilsonInterval.Of(0.7, n)).Select(i => i.Upper - i.Lower).ToList();

        Assert.Equal(widths.OrderDescending(), widths);
        Assert.True(widths[^1] < 0.05, $"width at n = 1400 is {widths[^1]}");
    }

    [Fact]
    public void A_wider_z_gives_a_wider_interval()
    {
        var ninetyFive = WilsonInterval.Of(0.6, 50);
        var ninetyNine = WilsonInterval.Of(0.6, 50, z: 2.5758);

        Assert.True(ninetyNine.Lower < ninetyFive.Lower);
        Assert.True(ninetyNine.Upper > ninetyFive.Upper);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void No_items_gives_no_interval(int n)
    {
        var (lower, upper) = WilsonInterval.Of(0.5, n);

        Assert.True(double.IsNaN(lower));
        Assert.True(double.IsNaN(upper));
    }
}
