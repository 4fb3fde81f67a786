using ForceSim.Model.Scenarios;

namespace ForceSim.Reporting.Budgets;

/// <summary>
/// One step a budget search tried, as its files show it: the round, the role, the step's annual cost change, the
/// objective after it, the step's own change with its paired 95% interval, and whether it was taken.
/// </summary>
public sealed record BudgetTrialRow(
    int Round,
    StaffRole Role,
    double StepCostGbp,
    double Objective,
    double Change,
    double? ChangeLower,
    double? ChangeUpper,
    bool Taken);
