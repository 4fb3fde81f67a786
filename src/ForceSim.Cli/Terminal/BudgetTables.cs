using System.Globalization;
using ForceSim.Experiments.Budgeting;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Terminal;

/// <summary>The tables of <c>forcesim budget</c>: the steps on offer, the cost–outcome frontier and the recommended mix.</summary>
public static class BudgetTables
{
    public static Table Steps(IReadOnlyList<BudgetStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var table = new Table().Border(TableBorder.Rounded).Title("Steps on offer")
            .AddColumn("Role")
            .AddColumn("One step")
            .AddColumn(new TableColumn("FTE").RightAligned())
            .AddColumn(new TableColumn("Annual cost").RightAligned());
        foreach (var step in steps)
        {
            table.AddRow(StaffRoleNames.Key(step.Role), Markup.Escape(step.Description), Fte(step.Fte), Pounds(step.AnnualCostGbp));
        }

        return table;
    }

    public static Table Frontier(BudgetResult result, string objective, MeasureUnit unit)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"Cost–outcome frontier: {objective} ({Direction(result.Direction)})"))
            .AddColumn(new TableColumn("Step").RightAligned())
            .AddColumn(result.Budget < 0 ? "Removed" : "Added")
            .AddColumn(new TableColumn("Cumulative cost").RightAligned())
            .AddColumn(new TableColumn("Objective").RightAligned())
            .AddColumn(new TableColumn("Change from base (paired 95% CI)").RightAligned());
        foreach (var point in result.Frontier)
        {
            var change = point.Step == 0
                ? ""
                : $"{MeasureFormat.Change(point.Objective.Value - result.Base.Objective.Value, unit)} ({MeasureFormat.Change(point.Objective.ChangeLower, unit)} to {MeasureFormat.Change(point.Objective.ChangeUpper, unit)})";
            table.AddRow(
                point.Step.ToString(CultureInfo.InvariantCulture),
                point.Changed is { } role ? StaffRoleNames.Key(role) : "(base)",
                Pounds(point.CumulativeCostGbp),
                MeasureFormat.Value(point.Objective.Value, unit),
                Markup.Escape(change));
        }

        return table;
    }

    public static Table Mix(BudgetResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var mix = result.Recommended.Mix;
        var table = new Table().Border(TableBorder.Rounded).Title("Recommended mix (change from the base)")
            .AddColumn("Role")
            .AddColumn(new TableColumn("Steps").RightAligned())
            .AddColumn(new TableColumn("FTE").RightAligned())
            .AddColumn(new TableColumn("Annual cost").RightAligned());
        foreach (var step in result.Steps)
        {
            var count = mix[step.Role];
            table.AddRow(StaffRoleNames.Key(step.Role), count.ToString("+0;-0;0", CultureInfo.InvariantCulture), Fte(count * step.Fte), Pounds(count * step.AnnualCostGbp));
        }

        table.AddRow("[bold]total[/]", "", Fte(result.Steps.Sum(s => mix[s.Role] * s.Fte)), "[bold]" + Markup.Escape(Pounds(result.Recommended.CumulativeCostGbp)) + "[/]");
        return table;
    }

    /// <summary>The unit an objective is shown in: a grade probability is a fraction, a measure its catalogue's unit (or one guessed from its name).</summary>
    public static MeasureUnit Unit(BudgetObjective objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        if (objective.IsGrade)
        {
            return MeasureUnit.Fraction;
        }

        if (MeasureCatalog.Headline.FirstOrDefault(m => m.Name == objective.Text) is { } display)
        {
            return display.Unit;
        }

        var name = objective.Text;
        return name.EndsWith("_seconds", StringComparison.Ordinal) ? MeasureUnit.Seconds
            : name.Contains("minutes", StringComparison.Ordinal) ? MeasureUnit.Minutes
            : name.EndsWith("_gbp", StringComparison.Ordinal) ? MeasureUnit.Pounds
            : MeasureUnit.Count;
    }

    public static string Direction(ObjectiveDirection direction) => direction == ObjectiveDirection.Maximise ? "higher is better" : "lower is better";

    public static string Pounds(double value) =>
        (value < 0 ? "−£" : "£") + Math.Abs(value).ToString("#,0", CultureInfo.InvariantCulture);

    private static string Fte(double value) => value.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);
}
