using ForceSim.Reporting.Budgets;

namespace ForceSim.Experiments.Budgeting;

/// <summary>Turns a search's result into what the budget's files show (<see cref="BudgetSummary"/>).</summary>
public static class BudgetSummaries
{
    public static BudgetSummary Of(BudgetResult result, BudgetObjective objective, long seed, int replications)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(objective);
        var recommended = result.Recommended.Mix;
        return new BudgetSummary
        {
            Budget = result.Budget,
            Objective = objective.Text,
            ObjectiveDescription = objective.Description,
            Maximise = result.Direction == ObjectiveDirection.Maximise,
            Seed = seed,
            Replications = replications,
            MixesEvaluated = result.Evaluations,
            Stopped = StopText(result.Stop),
            Frontier = [.. result.Frontier.Select(p => new BudgetFrontierRow(
                p.Step,
                p.Changed,
                p.CumulativeCostGbp,
                p.Mix.CallHandlers,
                p.Mix.ResponseOfficers,
                p.Mix.Investigators,
                p.Mix.Supervisors,
                p.Objective.Value,
                p.Objective.ChangeLower,
                p.Objective.ChangeUpper))],
            Trials = [.. result.Trials.Select(t => new BudgetTrialRow(t.Round, t.Role, t.StepCostGbp, t.Objective, t.Change, t.ChangeLower, t.ChangeUpper, t.Taken))],
            Recommended = [.. result.Steps.Select(s => new BudgetRoleChange(
                s.Role,
                recommended[s.Role],
                s.Description,
                recommended[s.Role] * s.Fte,
                recommended[s.Role] * s.AnnualCostGbp))],
        };
    }

    /// <summary>Why the search stopped, as budget.json and the command say it.</summary>
    public static string StopText(BudgetStop stop) => stop switch
    {
        BudgetStop.BudgetSpent => "no further step fits the budget left",
        BudgetStop.NoImprovement => "no step that fits improves the objective beyond replication noise (paired 95% CI)",
        BudgetStop.CutReached => "the cut has been found",
        BudgetStop.NothingLeftToCut => "nothing more can be cut: the saving falls short of the cut asked for",
        _ => "the evaluation limit was reached (raise --max-evaluations to search further)",
    };
}
