using ForceSim.Engine.Measures;
using ForceSim.Reporting.Summaries;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Tests.Summaries;

public sealed class CostPerPointTests
{
    private static OptionDifference Cost(double change) => new(MeasureNames.AnnualCost, 10e6, 10e6 + change, change, change, change, null, null);

    private static OptionDifference Change(string measure, double difference, double lower, double upper) => new(measure, 0.5, 0.5 + difference, difference, lower, upper, null, null);

    [Fact]
    public void Cost_per_point_is_the_cost_change_over_the_points_gained_with_the_interval_from_the_ends_of_the_change_interval()
    {
        var row = Assert.Single(CostPerPoint.Of([Cost(500_000), Change(MeasureNames.AttendanceWithinTarget, 0.02, 0.01, 0.04)]));

        Assert.Equal(2, row.GainPoints, 9);
        Assert.Equal(250_000, row.PerPoint!.Value, 6);
        Assert.Equal(500_000 / 4.0, row.PerPointLower!.Value, 6);
        Assert.Equal(500_000 / 1.0, row.PerPointUpper!.Value, 6);
        Assert.Equal(500_000, row.AnnualCostChange);
    }

    [Fact]
    public void A_fall_in_a_measure_where_less_is_better_is_a_gain()
    {
        var row = Assert.Single(CostPerPoint.Of([Cost(300_000), Change(MeasureNames.NonEmergencyAbandoned, -0.03, -0.05, -0.01)]));

        Assert.Equal(3, row.GainPoints, 9);
        Assert.Equal((1, 5), (row.GainLower!.Value, row.GainUpper!.Value));
        Assert.Equal(100_000, row.PerPoint!.Value, 6);
        Assert.Equal((60_000, 300_000), (Math.Round(row.PerPointLower!.Value), Math.Round(row.PerPointUpper!.Value)));
    }

    [Fact]
    public void A_gain_not_clear_of_none_has_no_interval_and_a_loss_has_no_cost_per_point()
    {
        var rows = CostPerPoint.Of(
        [
            Cost(100_000),
            Change(MeasureNames.AttendanceWithinTarget, 0.01, -0.01, 0.03),
            Change(MeasureNames.CrimesRecorded, -0.02, -0.03, -0.01),
        ]);

        Assert.Equal(100_000, rows[0].PerPoint!.Value, 6);
        Assert.Null(rows[0].PerPointLower);
        Assert.Null(rows[1].PerPoint);
    }

    [Fact]
    public void Busy_time_shares_and_a_comparison_without_cost_give_no_rows()
    {
        Assert.Empty(CostPerPoint.Of([Cost(1), Change("response.unit_utilisation", -0.1, -0.12, -0.08)]));
        Assert.Empty(CostPerPoint.Of([Change(MeasureNames.AttendanceWithinTarget, 0.02, 0.01, 0.04)]));
    }
}
