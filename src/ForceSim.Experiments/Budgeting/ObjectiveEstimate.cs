namespace ForceSim.Experiments.Budgeting;

/// <summary>
/// The objective predicted for one staff mix, with the paired 95% interval of its change from the base mix
/// when the evaluator can give one (a simulation with common random numbers can; a known function need not).
/// </summary>
public sealed record ObjectiveEstimate(double Value, double? ChangeLower = null, double? ChangeUpper = null);
