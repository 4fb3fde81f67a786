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
        var objective = RunSummaryText.Lower(MeasureLabels.Of(budget.Objective));
        if (moves.Count == 0)
        {
            return [$"{asked}: the search recommends no change to staff, because {budget.Stopped}; {objective} stays at {Value(budget.Base.Objective, budget.Objective)}."];
        }

        var cost = budget.Recommendation.CumulativeCostGbp;
        var sentences = new List<string>
        {
            $"{asked}: the search recommends {string.Join(", ", moves.Select(Move))}, {(cost >= 0 ? "costing" : "saving")} {ChangeText.Pounds(Math.Abs(cost))} a year in all.",
            Objective(budget, objective),
        };
        var others = ChangeText.Distinguishable(differences, except: budget.Objective);
        if (others.Count > 0)
        {
            sentences.Add($"It also changes {string.Join("; ", others.Take(OtherChangesNamed).Select(ChangeText.Of))}.");
        }

        return sentences;
    }

    private static string Objective(BudgetSummary budget, string objective)
    {
        var before = budget.Base.Objective;
        var after = budget.Recommendation.Objective;
        var interval = budget.Recommendation.ChangeLower is { } lo && budget.Recommendation.ChangeUpper is { } hi
            ? lo > 0 || hi < 0
                ? " (a change distinguishable from zero on its paired 95% interval)"
                : " (a change not distinguishable from zero on its paired 95% interval)"
            : "";
        var verb = after > before ? "rises" : after < before ? "falls" : "stays";
        return $"With it, {objective} {verb} from {Value(before, budget.Objective)} to {Value(after, budget.Objective)}{interval}.";
    }

    private static string Move(BudgetRoleChange change)
    {
        var role = StaffRoleNames.Key(change.Role).Replace('_', ' ');
        var fte = Math.Abs(change.Fte).ToString("0.#", CultureInfo.InvariantCulture);
        return $"{(change.Steps > 0 ? "adding" : "removing")} {Math.Abs(change.Steps)} step(s) of {role}s ({fte} FTE, {ChangeText.Pounds(Math.Abs(change.AnnualCostGbp))} a year)";
    }

    private static string Value(double value, string measure) => ChangeText.Prose(value, MeasureLabels.UnitOf(measure));
}
