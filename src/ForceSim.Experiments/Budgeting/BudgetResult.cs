namespace ForceSim.Experiments.Budgeting;

/// <summary>The greedy search's recommendation and the path it took to get there.</summary>
public sealed record BudgetResult
{
    /// <summary>Annual change in spending asked for: positive to spend, negative to cut.</summary>
    public required double Budget { get; init; }

    public required ObjectiveDirection Direction { get; init; }

    public required IReadOnlyList<BudgetStep> Steps { get; init; }

    /// <summary>The base (step 0) and the mix after each move, in order.</summary>
    public required IReadOnlyList<FrontierPoint> Frontier { get; init; }

    /// <summary>Every step tried in every round, in the order tried, with what it achieved and whether it was taken.</summary>
    public IReadOnlyList<BudgetTrial> Trials { get; init; } = [];

    public required BudgetStop Stop { get; init; }

    /// <summary>Distinct mixes evaluated (each is one full set of replications in a simulation).</summary>
    public required int Evaluations { get; init; }

    public FrontierPoint Recommended => Frontier[^1];

    public FrontierPoint Base => Frontier[0];
}
