using System.Globalization;
using System.Text;
using ForceSim.Engine.Budgeting;

namespace ForceSim.Reporting.Output;

/// <summary>
/// budget-frontier.csv: one row per greedy move (step 0 is the base) with the role changed, the cumulative annual
/// cost change, the steps per role so far, the predicted objective and the paired 95% interval of its change from the base.
/// </summary>
public static class BudgetFrontierCsv
{
    public const string Header = "step,changed_role,cumulative_cost_gbp,call_handler_steps,response_officer_steps,investigator_steps,supervisor_steps,objective,direction,change_paired_lower,change_paired_upper";

    public static string Render(BudgetResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var direction = result.Direction == ObjectiveDirection.Maximise ? "maximise" : "minimise";
        var text = new StringBuilder(Header).Append('\n');
        foreach (var point in result.Frontier)
        {
            text.Append(point.Step.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(point.Changed is { } role ? BudgetSteps.Key(role) : "").Append(',')
                .Append(F(point.CumulativeCostGbp)).Append(',')
                .Append(I(point.Mix.CallHandlers)).Append(',').Append(I(point.Mix.ResponseOfficers)).Append(',')
                .Append(I(point.Mix.Investigators)).Append(',').Append(I(point.Mix.Supervisors)).Append(',')
                .Append(F(point.Objective.Value)).Append(',').Append(direction).Append(',')
                .Append(F(point.Objective.ChangeLower)).Append(',').Append(F(point.Objective.ChangeUpper)).Append('\n');
        }

        return text.ToString();
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";
}
