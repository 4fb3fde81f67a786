using System.Globalization;
using System.Text;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Budgets;

namespace ForceSim.Reporting.Output;

/// <summary>
/// budget-frontier.csv: one row per greedy move (step 0 is the base) with the role changed, the cumulative annual
/// cost change, the steps per role so far, the predicted objective and the paired 95% interval of its change from the base.
/// </summary>
public static class BudgetFrontierCsv
{
    public const string Header = "step,changed_role,cumulative_cost_gbp,call_handler_steps,response_officer_steps,investigator_steps,supervisor_steps,objective,direction,change_paired_lower,change_paired_upper";

    public static string Render(BudgetSummary budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var direction = budget.Maximise ? "maximise" : "minimise";
        var text = new StringBuilder(Header).Append('\n');
        foreach (var point in budget.Frontier)
        {
            text.Append(point.Step.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(point.Changed is { } role ? StaffRoleNames.Key(role) : "").Append(',')
                .Append(F(point.CumulativeCostGbp)).Append(',')
                .Append(I(point.CallHandlerSteps)).Append(',').Append(I(point.ResponseOfficerSteps)).Append(',')
                .Append(I(point.InvestigatorSteps)).Append(',').Append(I(point.SupervisorSteps)).Append(',')
                .Append(F(point.Objective)).Append(',').Append(direction).Append(',')
                .Append(F(point.ChangeLower)).Append(',').Append(F(point.ChangeUpper)).Append('\n');
        }

        return text.ToString();
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";
}
