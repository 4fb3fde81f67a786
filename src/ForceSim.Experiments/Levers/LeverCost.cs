namespace ForceSim.Experiments.Levers;

/// <summary>
/// One change priced alone: from and to (as <c>--set</c> values), the options it writes, and the change in annual
/// staff cost and FTE it makes by the scenario's own costs (<see cref="ForceSim.Engine.Costing.CostModel"/>).
/// </summary>
public sealed record LeverCost(Lever Lever, string From, string To, IReadOnlyList<string> Sets, double AnnualGbp, double Fte);
