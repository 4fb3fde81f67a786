using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Budgeting;

/// <summary>
/// The mix after one greedy move (step 0 is the base), its cumulative annual cost change and predicted objective.
/// <paramref name="Changed"/> is the role added (or, in a cut, removed) by this move; null for the base.
/// </summary>
public sealed record FrontierPoint(int Step, StaffRole? Changed, StaffMix Mix, double CumulativeCostGbp, ObjectiveEstimate Objective);
