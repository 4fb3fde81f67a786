using System.Globalization;
using System.Text;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Budgets;
using ForceSim.Reporting.Charts;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Report;

/// <summary>report.html for <c>forcesim budget</c>: the cost–outcome frontier, the recommended mix and what it changes.</summary>
public static class BudgetReport
{
    public static ReportChart Chart(BudgetSummary budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var objective = budget.Objective;
        var points = budget.Frontier
            .Select(p => new Charts.FrontierPoint(p.CumulativeCostGbp, p.Objective, p.Changed is null ? "base" : $"+{p.Changed}"))
            .ToList();
        return new ReportChart(
            "frontier.png",
            "Cost–outcome frontier",
            $"The objective ({objective}) after each greedy step, against the cumulative change in annual cost. Each step buys the option with the best improvement per pound.",
            FrontierChart.Render(points, objective));
    }

    public static string Render(Scenario scenario, string scenarioFile, BudgetSummary budget, IReadOnlyList<OptionDifference> differences, IReadOnlyList<ReportChart> charts)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(differences);
        ArgumentNullException.ThrowIfNull(charts);
        var c = CultureInfo.InvariantCulture;
        var body = new StringBuilder();
        body.Append(c, $"<h1>Budget: {Html.Encode(scenario.Name)}</h1>\n");
        body.Append(c, $"<p class=\"subtitle\">{(budget.Budget >= 0 ? "Spending" : "Cutting")} £{Html.Number(Math.Abs(budget.Budget))} a year; objective: {Html.Encode(budget.ObjectiveDescription)}. {budget.MixesEvaluated} staff mixes simulated with common random numbers.</p>\n");
        foreach (var chart in charts)
        {
            body.Append(Html.Figure(chart));
        }

        body.Append("<h2>Frontier</h2>\n");
        body.Append(Html.Table(
            ["Step", "Added", "Cumulative cost change", "Objective", "Change from base (paired 95% CI)"],
            budget.Frontier.Select(p => (IReadOnlyList<string>)
            [
                p.Step.ToString(c),
                p.Changed?.ToString() ?? "base",
                "£" + Html.Number(p.CumulativeCostGbp),
                p.Objective.ToString("0.####", c),
                p.ChangeLower is { } lo && p.ChangeUpper is { } hi ? $"{lo.ToString("0.####", c)} to {hi.ToString("0.####", c)}" : "–",
            ]),
            0, 2, 3));
        body.Append(BudgetTrialsSection.Render(budget));
        body.Append("<h2>Recommended mix against the base</h2>\n");
        var labels = MeasureCatalog.Headline.ToDictionary(m => m.Name, m => m);
        body.Append(Html.Table(
            ["Measure", "Base", "Recommended", "Change", "Paired 95% CI"],
            differences.Where(d => d.Difference is not null && labels.ContainsKey(d.Measure)).Select(d =>
            {
                var m = labels[d.Measure];
                return (IReadOnlyList<string>)
                [
                    m.Label.Trim(),
                    MeasureFormat.Value(d.BaseMean, m.Unit),
                    MeasureFormat.Value(d.OptionMean, m.Unit),
                    MeasureFormat.Value(d.Difference, m.Unit),
                    MeasureFormat.Interval(d.Lower, d.Upper, m.Unit),
                ];
            }),
            1, 2, 3, 4));
        body.Append(MethodSection.Render(scenario, scenarioFile, comparison: true));
        return Html.Page($"ForceSim budget: {scenario.Name}", body.ToString());
    }
}
