using System.Globalization;
using System.Text;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Budgets;
using ForceSim.Reporting.Charts;
using ForceSim.Reporting.Posteriors;
using ForceSim.Reporting.Summaries;
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
            .Select(p => new Charts.FrontierPoint(p.CumulativeCostGbp, Scaled(p.Objective, objective), p.Changed is { } role ? "+" + Role(role) : "base"))
            .ToList();
        return new ReportChart(
            "frontier.png",
            "Cost–outcome frontier",
            $"The objective ({MeasureLabels.InSentence(objective)}) after each greedy step, against the cumulative change in annual cost. Each step buys the option with the best improvement per pound.",
            FrontierChart.Render(points, MeasureLabels.UnitOf(objective) == MeasureUnit.Fraction ? $"{MeasureLabels.Of(objective)} (%)" : MeasureLabels.Of(objective)));
    }

    public static string Render(Scenario scenario, string scenarioFile, BudgetSummary budget, IReadOnlyList<OptionDifference> differences, IReadOnlyList<ReportChart> charts, BudgetPosterior? posterior = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(differences);
        ArgumentNullException.ThrowIfNull(charts);
        var c = CultureInfo.InvariantCulture;
        var body = new StringBuilder();
        body.Append(c, $"<h1>Budget: {Html.Encode(scenario.Name)}</h1>\n");
        body.Append(c, $"<p class=\"subtitle\">{(budget.Budget >= 0 ? "Spending" : "Cutting")} £{Html.Number(Math.Abs(budget.Budget))} a year; objective: {Html.Encode(budget.ObjectiveDescription)}. {budget.MixesEvaluated} staff mixes simulated with common random numbers.</p>\n");
        body.Append(SummaryHtml.Section(BudgetSummaryText.Sentences(budget, differences)));
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
                p.Changed is { } role ? Role(role) : "base",
                "£" + Html.Number(p.CumulativeCostGbp),
                MeasureFormat.Value(p.Objective, MeasureLabels.UnitOf(budget.Objective)),
                p.ChangeLower is { } lo && p.ChangeUpper is { } hi ? $"{MeasureFormat.Value(lo, MeasureLabels.UnitOf(budget.Objective))} to {MeasureFormat.Value(hi, MeasureLabels.UnitOf(budget.Objective))}" : "–",
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
        body.Append(posterior?.Section(MeasureLabels.InSentence(budget.Objective)) ?? "");
        body.Append(MethodSection.Render(scenario, scenarioFile, comparison: true));
        return Html.Page($"ForceSim budget: {scenario.Name}", body.ToString());
    }

    private static string Role(StaffRole role) => StaffRoleNames.Key(role).Replace('_', ' ');

    private static double Scaled(double value, string objective) => MeasureLabels.UnitOf(objective) == MeasureUnit.Fraction ? value * 100 : value;
}
