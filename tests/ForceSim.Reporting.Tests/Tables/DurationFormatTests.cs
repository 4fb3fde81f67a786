using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Tests.Tables;

public sealed class DurationFormatTests
{
    [Theory]
    [InlineData(1.99, "119.4 s")]
    [InlineData(2.0, "2.0 min")]
    [InlineData(119.9, "119.9 min")]
    [InlineData(120.0, "2.0 h")]
    [InlineData(2879.0, "48.0 h")]
    [InlineData(2880.0, "2.0 days")]
    [InlineData(14399.0, "10.0 days")]
    [InlineData(14400.0, "10 days")]
    [InlineData(188725.5, "131 days")]
    public void A_wait_is_shown_in_the_unit_its_size_calls_for_on_either_side_of_each_boundary(double minutes, string expected)
    {
        Assert.Equal(expected, DurationFormat.Cell(minutes));
    }

    [Theory]
    [InlineData(0.5, "30 seconds")]
    [InlineData(4.49, "4½ minutes")]
    [InlineData(16.3, "16 minutes")]
    [InlineData(60, "1 hour")]
    [InlineData(90, "90 minutes")]
    [InlineData(661.3, "11 hours")]
    [InlineData(188725.5, "131 days")]
    public void A_wait_in_a_sentence_reads_as_a_person_would_say_it(double minutes, string expected)
    {
        Assert.Equal(expected, DurationFormat.Words(minutes));
    }

    [Fact]
    public void The_headline_table_shows_a_101_wait_of_269_seconds_in_minutes_and_a_999_wait_of_4_seconds_in_seconds()
    {
        Assert.Equal("4.5 min", MeasureFormat.Value(269.4, MeasureUnit.Seconds));
        Assert.Equal("4.0 s", MeasureFormat.Value(4.0, MeasureUnit.Seconds));
    }

    [Fact]
    public void Both_ends_of_an_interval_are_shown_in_the_unit_the_larger_end_needs()
    {
        Assert.Equal("0.1 min – 80.2 min", MeasureFormat.Interval(0.1, 80.2, MeasureUnit.Minutes));
        Assert.Equal("0.0 h – 25.0 h", MeasureFormat.Interval(1, 1500, MeasureUnit.Minutes));
        Assert.Equal("0.0 days – 2.8 days", MeasureFormat.Interval(1, 3960, MeasureUnit.Minutes));
    }

    [Fact]
    public void Every_proportion_in_a_table_has_one_decimal_and_a_percent_sign()
    {
        Assert.Equal("57.4%", MeasureFormat.Value(0.574, MeasureUnit.Fraction));
        Assert.Equal("57.4%", MeasureFormat.Percent(0.574));
        Assert.Equal("100.0%", MeasureFormat.Percent(1));
    }
}
