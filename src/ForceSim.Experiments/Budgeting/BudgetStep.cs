using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Budgeting;

/// <summary>
/// One purchasable unit of a role: what it adds to the scenario, the FTE it implies and its annual cost.
/// <paramref name="MaxRemovable"/> is how many such steps a cut may take away before the role runs out.
/// </summary>
public sealed record BudgetStep(StaffRole Role, string Description, double Fte, double AnnualCostGbp, int MaxRemovable);
