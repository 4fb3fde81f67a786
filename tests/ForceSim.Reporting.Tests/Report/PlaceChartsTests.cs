using ForceSim.Engine.Running;
using ForceSim.Reporting.Report;
using ForceSim.Reporting.Tests.Charts;

namespace ForceSim.Reporting.Tests.Report;

/// <summary>The report's charts by place appear for a force with geography, and only then.</summary>
public sealed class PlaceChartsTests
{
    [Fact]
    public async Task A_force_with_two_districts_gets_an_area_attendance_chart_and_a_station_workload_chart()
    {
        var scenario = GeographyScenarios.Districts().WithReplications(1).WithHorizonDays(20);
        var result = await ExperimentRunner.RunAsync(scenario);

        var charts = PlaceCharts.Build(scenario, result).ToList();

        Assert.Equal(["places-attendance-shire.png", "places-stations-shire.png"], charts.Select(c => c.FileName));
        Assert.All(charts, c => Assert.True(new PngPixels(c.Png).InkShare > 0.02, $"{c.FileName} is nearly blank"));
        Assert.Contains("Village district (rural, 20 min)", charts[0].Csv, StringComparison.Ordinal);
        Assert.StartsWith("station,utilisation\nTown,0.", charts[1].Csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_force_without_geography_gets_no_chart_by_place()
    {
        var scenario = TestScenarios.OneForce().WithHorizonDays(5);
        var result = await ExperimentRunner.RunAsync(scenario);

        Assert.Empty(PlaceCharts.Build(scenario, result));
    }
}
