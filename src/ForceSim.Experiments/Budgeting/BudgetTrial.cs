using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Budgeting;

/// <summary>
/// One step the search tried in one round: the role added (or, in a cut, removed) from the mix the round started
/// from, what that step alone did to the objective (with its paired 95% interval when the evaluator gives one), its
/// annual cost and whether it was taken. A recommendation of "spend nothing" is only believable beside these.
/// </summary>
/// <param name="Round">1 for the first move from the base.</param>
/// <param name="Change">The objective after the step minus before it, in the objective's own units.</param>
/// <param name="StepCostGbp">The step's annual cost change (negative for a cut).</param>
public sealed record BudgetTrial(
    int Round,
    StaffRole Role,
    StaffMix Mix,
    double StepCostGbp,
    double Objective,
    double Change,
    double? ChangeLower,
    double? ChangeUpper,
    bool Taken);
