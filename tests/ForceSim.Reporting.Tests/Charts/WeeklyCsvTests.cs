using ForceSim.Reporting.Charts;

namespace ForceSim.Reporting.Tests.Charts;

public sealed class WeeklyCsvTests
{
    [Fact]
    public void Weekly_csv_has_a_row_per_hour_of_the_week_and_line_with_unobserved_hours_left_empty()
    {
        var queue = Enumerable.Range(0, 168).Select(h => h == 5 ? double.NaN : h / 10.0).ToArray();

        var lines = WeeklyCsv.Render([new WeeklySeries("999, waiting", queue), new WeeklySeries("101", new double[168])]).TrimEnd('\n').Split('\n');

        Assert.Equal(WeeklyCsv.Header, lines[0]);
        Assert.Equal(1 + (2 * 168), lines.Length);
        Assert.Equal("0,Monday,0,\"999, waiting\",0", lines[1]);
        Assert.Equal("5,Monday,5,\"999, waiting\",", lines[6]);
        Assert.Equal("25,Tuesday,1,\"999, waiting\",2.5", lines[26]);
        Assert.Equal("167,Sunday,23,101,0", lines[^1]);
    }
}
