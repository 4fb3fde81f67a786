using System.Globalization;
using ForceSim.Experiments.Budgeting;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>
/// Every step a budget search tried, round by round: what the step alone did to the objective (paired 95% CI), its
/// cost and whether it was taken. Printed even when nothing was bought, so "spend nothing" shows its evidence.
/// </summary>
public static class BudgetTrialsTable
{
    public static Table Build(BudgetResult result, MeasureUnit unit)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = new Table().Border(TableBorder.Rounded).Title("Every step tried")
            .AddColumn(new TableColumn("Round").RightAligned())
            .AddColumn(result.Budget < 0 ? "Removed" : "Added")
            .AddColumn(new TableColumn("Step cost").RightAligned())
            .AddColumn(new TableColumn("Objective after").RightAligned())
            .AddColumn(new TableColumn("Step's change (paired 95% CI)").RightAligned())
            .AddColumn("Taken");
        foreach (var trial in result.Trials)
        {
            table.AddRow(
                trial.Round.ToString(CultureInfo.InvariantCulture),
                StaffRoleNames.Key(trial.Role),
                Markup.Escape(BudgetTables.Pounds(trial.StepCostGbp)),
                Markup.Escape(MeasureFormat.Value(trial.Objective, unit)),
                Markup.Escape($"{MeasureFormat.Change(trial.Change, unit)} ({MeasureFormat.Change(trial.ChangeLower, unit)} to {MeasureFormat.Change(trial.ChangeUpper, unit)})"),
                trial.Taken ? "yes" : "no");
        }

        if (result.Trials.Count == 0)
        {
            table.AddRow("", "(none)", "", "", "no step fitted the budget", "");
        }

        return table;
    }
}
