using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Costing;

/// <summary>Full-time equivalents and annual cost of one role.</summary>
public readonly record struct RoleCostBreakdown(StaffRole Role, double Fte, double AnnualGbp);
