using ForceSim.Model.Scenarios;

namespace ForceSim.Reporting.Budgets;

/// <summary>The recommended change to one role: how many steps, what one step is, and the FTE and annual cost they add up to.</summary>
public sealed record BudgetRoleChange(StaffRole Role, int Steps, string Step, double Fte, double AnnualCostGbp);
