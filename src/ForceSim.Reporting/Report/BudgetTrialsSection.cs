using System.Globalization;
using System.Text;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Budgets;

namespace ForceSim.Reporting.Report;

/// <summary>
/// The budget report's "every step tried" table: each round's candidate steps with what each achieved (paired 95% CI
/// of its own change), its cost and whether it was taken, so a recommendation to spend nothing shows its evidence.
/// </summary>
public static class BudgetTrialsSection
{
    public static string Render(BudgetSummary budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var c = CultureInfo.InvariantCulture;
        var body = new StringBuilder("<h2>Every step tried</h2>\n");
        if (budget.Trials.Count == 0)
        {
            body.Append("<p>No step was tried: none fitted the budget (or the evaluation limit came first).</p>\n");
            return body.ToString();
        }

        body.Append("<p>Each round tries one step of every role from the mix so far; the change is that step's own effect on the objective, with its paired 95% CI. A step is bought only when its interval is clear of zero in the right direction.</p>\n");
        body.Append(Html.Table(
            ["Round", "Role", "Step cost", "Objective after", "Change (paired 95% CI)", "Taken"],
            budget.Trials.Select(t => (IReadOnlyList<string>)
            [
                t.Round.ToString(c),
                StaffRoleNames.Key(t.Role),
                (t.StepCostGbp < 0 ? "−£" : "£") + Html.Number(Math.Abs(t.StepCostGbp)),
                t.Objective.ToString("0.####", c),
                t.Change.ToString("+0.####;-0.####;0", c)
                    + (t.ChangeLower is { } lo && t.ChangeUpper is { } hi ? $" ({lo.ToString("0.####", c)} to {hi.ToString("0.####", c)})" : ""),
                t.Taken ? "yes" : "no",
            ]),
            0, 2, 3, 4));
        return body.ToString();
    }
}
