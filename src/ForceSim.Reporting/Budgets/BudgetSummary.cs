namespace ForceSim.Reporting.Budgets;

/// <summary>
/// What a budget search's files show (budget.json, budget-frontier.csv, the report): the question asked, the frontier
/// it walked and the mix it recommends. The search itself lives in the application layer, which fills this in.
/// </summary>
public sealed record BudgetSummary
{
    /// <summary>Annual change in spending asked for: positive to spend, negative to cut.</summary>
    public required double Budget { get; init; }

    /// <summary>The objective as asked for, e.g. <c>response.attendance_within_target</c>.</summary>
    public required string Objective { get; init; }

    /// <summary>The objective in words, with its direction.</summary>
    public required string ObjectiveDescription { get; init; }

    public required bool Maximise { get; init; }

    public required long Seed { get; init; }

    public required int Replications { get; init; }

    public required int MixesEvaluated { get; init; }

    /// <summary>Why the search stopped, in words.</summary>
    public required string Stopped { get; init; }

    /// <summary>The base (step 0) and the mix after each move, in order.</summary>
    public required IReadOnlyList<BudgetFrontierRow> Frontier { get; init; }

    /// <summary>Every step tried in every round, best per pound first within a round, with whether it was taken.</summary>
    public IReadOnlyList<BudgetTrialRow> Trials { get; init; } = [];

    /// <summary>Every role on offer, in the order offered, with the recommended change.</summary>
    public required IReadOnlyList<BudgetRoleChange> Recommended { get; init; }

    public BudgetFrontierRow Base => Frontier[0];

    public BudgetFrontierRow Recommendation => Frontier[^1];
}
