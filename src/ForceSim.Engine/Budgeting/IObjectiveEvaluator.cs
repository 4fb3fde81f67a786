namespace ForceSim.Engine.Budgeting;

/// <summary>Predicts the objective for a staff mix; the search calls it once per distinct mix.</summary>
public interface IObjectiveEvaluator
{
    ObjectiveEstimate Evaluate(StaffMix mix);

    /// <summary>
    /// Whether the objective differs between two mixes by more than the evaluator's noise. An exact evaluator
    /// says yes to any difference; a simulation says yes only when the paired 95% interval excludes zero, so the
    /// search never buys a step on the luck of a few replications.
    /// </summary>
    bool Distinguishes(StaffMix from, StaffMix to) => true;
}
