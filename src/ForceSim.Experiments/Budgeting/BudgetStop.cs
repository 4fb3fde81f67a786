namespace ForceSim.Experiments.Budgeting;

/// <summary>Why the greedy search stopped.</summary>
public enum BudgetStop
{
    /// <summary>No remaining step fits the budget left.</summary>
    BudgetSpent,

    /// <summary>Every step that fits would leave the objective no better.</summary>
    NoImprovement,

    /// <summary>A cut has saved at least the amount asked for.</summary>
    CutReached,

    /// <summary>A cut could remove nothing more, short of the amount asked for.</summary>
    NothingLeftToCut,

    /// <summary>The next round of candidates would exceed the evaluation limit.</summary>
    EvaluationLimit,
}
