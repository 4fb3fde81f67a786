namespace ForceSim.Experiments.Levers;

/// <summary>
/// A set of changes priced: each alone, and all together (the total, which is what the overlay costs). Roles the
/// changes touch that the scenario's <c>costs.roles</c> gives no pay for are listed, as their cost shows as zero.
/// </summary>
public sealed record LeverPrice(IReadOnlyList<LeverCost> Changes, double BaseAnnualGbp, double TotalAnnualGbp, IReadOnlyList<string> UnpricedRoles);
