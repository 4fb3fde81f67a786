using System.Globalization;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Budgets;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Summaries;

/// <summary>
/// The sentences a budget search opens with: what the recommended spend (or cut) buys in staff, what that does to the
/// objective with its paired interval, and what else it changes; or, when it recommends nothing, why.
/// </summary>
public static class BudgetSummaryText
{
    // Side effects named beside the objective; the table holds the rest.
    private const int OtherChangesNamed = 2;

    public static IReadOnlyList<string> Sentences(BudgetSummary budget, IReadOnlyList<OptionDifference> differences)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(differences);
        var asked = budget.Budget >= 0 ? $"Spending up to {ChangeText.Pounds(budget.Budget)} a year" : $"Cutting {ChangeText.Pounds(-budget.Budget)} a year";
        var moves = budget.Recommended.Where(r => r.Steps != 0).ToList();
        var objective = MeasureLabels.InSentence(budget.Objective);
        if (moves.Count == 0)
        {
            return [$"{asked}: the search recommends no change to staff, because {budget.Stopped}; {objective} stays at {Value(budget.Base.Objective, budget.Objective)}."];
        }

        var cost = budget.Recommendation.CumulativeCostGbp;
        var sentences = new List<string>
        {
            $"{asked}: the search recommends {string.Join(", ", moves.Select(Move))}, {(cost >= 0 ? "costing" : "saving")} {ChangeText.Pounds(Math.Abs(cost))} a year in all.",
            Objective(budget),
        };
        var others = ChangeText.Distinguishable(differences, except: budget.Objective);
        if (others.Count > 0)
        {
            sentences.Add($"Other changes: {string.Join("; ", others.Take(OtherChangesNamed).Select(d => ChangeText.Of(d)))}.");
        }

        return sentences;
    }

    private static string Objective(BudgetSummary budget)
    {
        var before = budget.Base.Objective;
        var after = budget.Recommendation;
        var change = new OptionDifference(budget.Objective, before, after.Objective, after.Objective - before, after.ChangeLower, after.ChangeUpper, null, null);
        var verdict = after.ChangeLower is null || after.ChangeUpper is null ? ""
            : change.Distinguishable ? ", a change distinguishable from zero" : ", a change not distinguishable from zero";
        return $"With it, {ChangeText.Of(change)}{verdict}.";
    }

    private static string Move(BudgetRoleChange change)
    {
        var role = StaffRoleNames.Key(change.Role).Replace('_', ' ');
        var fte = Math.Abs(change.Fte).ToString("0.#", CultureInfo.InvariantCulture);
        return $"{(change.Steps > 0 ? "adding" : "removing")} {Math.Abs(change.Steps)} step(s) of {role}s ({fte} FTE, {ChangeText.Pounds(Math.Abs(change.AnnualCostGbp))} a year)";
    }

    private static string Value(double value, string measure) => ChangeText.Prose(value, MeasureLabels.UnitOf(measure));
}
