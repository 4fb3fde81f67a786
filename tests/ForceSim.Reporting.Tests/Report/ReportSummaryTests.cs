using ForceSim.Engine.Measures;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Budgets;
using ForceSim.Reporting.Report;
using ForceSim.Reporting.Tables;
using ForceSim.Reporting.Tests.Tables;

namespace ForceSim.Reporting.Tests.Report;

public sealed class ReportSummaryTests : IClassFixture<ReportFixture>
{
    private readonly ReportFixture _report;

    public ReportSummaryTests(ReportFixture report) => _report = report;

    [Fact]
    public void The_run_report_opens_with_the_summary_before_its_first_table()
    {
        var summary = _report.Html.IndexOf("<h2>In brief</h2>", StringComparison.Ordinal);

        Assert.True(summary > 0, "no summary");
        Assert.True(summary < _report.Html.IndexOf("<table", StringComparison.Ordinal), "the summary comes after a table");
        Assert.Contains("of 999 calls are answered within 10 seconds", _report.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void No_run_chart_title_or_caption_names_a_raw_measure_key()
    {
        foreach (var chart in _report.Charts)
        {
            Assert.False(MeasureLabelsTests.RawKey().IsMatch(chart.Title + " " + chart.Caption), $"{chart.FileName}: {chart.Title} / {chart.Caption}");
        }
    }

    [Fact]
    public void The_response_chart_names_its_units_for_what_they_are_available_for_dispatch()
    {
        var chart = Assert.Single(_report.Charts, c => c.FileName == "demand-response.png");

        Assert.Contains("available for dispatch", chart.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("on duty", chart.Title + chart.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void The_comparison_and_budget_reports_open_with_the_summary_and_label_their_charts_in_words()
    {
        IReadOnlyList<OptionDifference> differences = [new(MeasureNames.EmergencyAnsweredWithin10s, 0.62, 0.71, 0.09, 0.08, 0.10, 0.05, 0.13)];
        var options = new List<(string, IReadOnlyList<OptionDifference>)> { ("More handlers", differences) };
        var compareChart = CompareReport.Chart("Base", options);
        var compare = CompareReport.Render(_report.Scenario, ReportFixture.ScenarioFile, options, [compareChart]);
        var budget = new BudgetSummary
        {
            Budget = 100_000,
            Objective = MeasureNames.EmergencyAnsweredWithin10s,
            ObjectiveDescription = "maximise 999 answered within 10 s",
            Maximise = true,
            Seed = 1,
            Replications = 2,
            MixesEvaluated = 2,
            Stopped = "no further step fits the budget left",
            Frontier = [new(0, null, 0, 0, 0, 0, 0, 0.62, null, null), new(1, StaffRole.CallHandler, 40_000, 1, 0, 0, 0, 0.71, 0.08, 0.10)],
            Recommended = [new(StaffRole.CallHandler, 1, "+1 call handler", 1, 40_000)],
        };
        var budgetChart = BudgetReport.Chart(budget);
        var budgetHtml = BudgetReport.Render(_report.Scenario, ReportFixture.ScenarioFile, budget, differences, [budgetChart]);

        Assert.True(compare.IndexOf("In brief", StringComparison.Ordinal) < compare.IndexOf("<figure", StringComparison.Ordinal));
        Assert.Contains("999 answered within 10 s rises from 62% to 71%", compare, StringComparison.Ordinal);
        Assert.True(budgetHtml.IndexOf("In brief", StringComparison.Ordinal) < budgetHtml.IndexOf("<figure", StringComparison.Ordinal));
        Assert.Contains("the search recommends adding 1 step(s) of call handlers", budgetHtml, StringComparison.Ordinal);
        foreach (var chart in new[] { compareChart, budgetChart })
        {
            Assert.False(MeasureLabelsTests.RawKey().IsMatch(chart.Title + " " + chart.Caption), $"{chart.FileName}: {chart.Title} / {chart.Caption}");
        }
    }

    [Fact]
    public void Tornado_charts_are_titled_with_the_measures_label_not_its_key()
    {
        var charts = SweepReport.TornadoCharts(
        [
            new("units", MeasureNames.AttendanceWithinNeedTarget, 0.44, 0.62, 0.55),
            new("mobilise", MeasureNames.AttendanceWithinNeedTarget, 0.60, 0.47, 0.55),
        ]);

        var chart = Assert.Single(charts);
        Assert.Equal("Which inputs matter most: Attended in time for the need (emergency + priority)", chart.Title);
        Assert.False(MeasureLabelsTests.RawKey().IsMatch(chart.Title + " " + chart.Caption), chart.Caption);
    }
}
