namespace ForceSim.Experiments.Budgeting;

/// <summary>Predicts the objective for a staff mix; the search calls it once per distinct mix.</summary>
public interface IObjectiveEvaluator
{
    ValueTask<ObjectiveEstimate> EvaluateAsync(StaffMix mix, CancellationToken cancellationToken);

    /// <summary>
    /// The mixes a round is about to evaluate, so an evaluator that can work on several at once (a cluster) starts them
    /// together; the estimates must not depend on it.
    /// </summary>
    ValueTask PrepareAsync(IReadOnlyList<StaffMix> mixes, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>
    /// Whether the objective differs between two mixes by more than the evaluator's noise. An exact evaluator
    /// says yes to any difference; a simulation says yes only when the paired 95% interval excludes zero, so the
    /// search never buys a step on the luck of a few replications.
    /// </summary>
    ValueTask<bool> DistinguishesAsync(StaffMix from, StaffMix to, CancellationToken cancellationToken) => ValueTask.FromResult(true);

    /// <summary>
    /// The 95% interval of the objective's change from one mix to another, paired where the evaluator can pair (a
    /// simulation with common random numbers); null bounds when it has no noise to bound.
    /// </summary>
    ValueTask<(double? Lower, double? Upper)> ChangeIntervalAsync(StaffMix from, StaffMix to, CancellationToken cancellationToken) =>
        ValueTask.FromResult<(double?, double?)>((null, null));
}
