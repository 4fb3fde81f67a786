namespace ForceSim.Engine.Budgeting;

/// <summary>Predicts the objective for a staff mix; the search calls it once per distinct mix.</summary>
public interface IObjectiveEvaluator
{
    ObjectiveEstimate Evaluate(StaffMix mix);
}
