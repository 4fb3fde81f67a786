using ForceSim.Model.Scenarios;

namespace ForceSim.Reporting.Budgets;

/// <summary>
/// One point of a budget's cost–outcome frontier as its files show it (step 0 is the base): the role the move changed,
/// the cumulative annual cost change, the steps of each role so far, the objective and the paired 95% interval of its
/// change from the base.
/// </summary>
public sealed record BudgetFrontierRow(
    int Step,
    StaffRole? Changed,
    double CumulativeCostGbp,
    int CallHandlerSteps,
    int ResponseOfficerSteps,
    int InvestigatorSteps,
    int SupervisorSteps,
    double Objective,
    double? ChangeLower,
    double? ChangeUpper);
