using ForceSim.Reporting.Summaries;

namespace ForceSim.Reporting.Tests.Summaries;

public sealed class ProportionsTests
{
    [Theory]
    [InlineData(0.0, "none")]
    [InlineData(0.004, "fewer than 1 in 100")]
    [InlineData(0.05, "1 in 20")]
    [InlineData(0.155, "1 in 6")]
    [InlineData(0.43, "2 in 5")]
    [InlineData(0.512, "1 in 2")]
    [InlineData(0.74, "3 in 4")]
    [InlineData(0.98, "nearly all")]
    [InlineData(1.0, "all")]
    public void A_share_is_said_as_the_simplest_fraction_close_to_it(double share, string expected)
    {
        Assert.Equal(expected, Proportions.InWords(share));
    }

    [Fact]
    public void A_tiny_share_is_never_rounded_to_zero_percent_in_prose()
    {
        Assert.Equal("under 1%", Proportions.Percent(0.003));
        Assert.Equal("57%", Proportions.Percent(0.574));
    }
}
