namespace ForceSim.Experiments.Budgeting;

/// <summary>Whether more of the objective is better (maximise) or worse (minimise).</summary>
public enum ObjectiveDirection
{
    Maximise,
    Minimise,
}
