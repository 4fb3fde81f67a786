namespace ForceSim.Experiments.Budgeting;

/// <summary>
/// Marginal-return greedy allocation. To spend: from the base mix, evaluate adding one step of each role that
/// still fits the remaining budget and take the one with the largest improvement in the objective per pound;
/// repeat until no step fits or none improves by more than the evaluator's noise (for a simulation, the paired 95%
/// interval of the step's change must exclude zero). To cut: remove the step whose loss per pound saved is smallest
/// (a removal that improves the objective is taken first) until the saving reaches the cut. Each distinct mix is
/// evaluated once, so the cost is at most (roles × moves + 1) evaluations, and never more than the limit given.
/// </summary>
public static class GreedyBudgetSearch
{
    /// <param name="budget">Annual change in spending: positive to buy steps, negative to cut them.</param>
    /// <param name="steps">The step of each role the search may use.</param>
    /// <param name="direction">Whether a higher objective is better.</param>
    /// <param name="evaluator">Predicts the objective of a mix.</param>
    /// <param name="maxEvaluations">Stop (saying so) rather than evaluate more distinct mixes than this.</param>
    /// <param name="cancellationToken">Stops the search between (and, for a simulation, within) evaluations.</param>
    public static async Task<BudgetResult> RunAsync(
        double budget,
        IReadOnlyList<BudgetStep> steps,
        ObjectiveDirection direction,
        IObjectiveEvaluator evaluator,
        int maxEvaluations = 200,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEvaluations, 1);
        if (steps.Count == 0 || steps.Any(s => !(s.AnnualCostGbp > 0)))
        {
            throw new ArgumentException("A budget search needs at least one role, each with a positive step cost.", nameof(steps));
        }

        var cache = new Dictionary<StaffMix, ObjectiveEstimate>();
        async ValueTask<ObjectiveEstimate> Evaluate(StaffMix mix)
        {
            if (!cache.TryGetValue(mix, out var estimate))
            {
                estimate = await evaluator.EvaluateAsync(mix, cancellationToken).ConfigureAwait(false);
                cache[mix] = estimate;
            }

            return estimate;
        }

        var sign = direction == ObjectiveDirection.Maximise ? 1.0 : -1.0;
        var cutting = budget < 0;
        // A pound's rounding must not stop a step that exactly fits.
        const double tolerance = 1e-6;
        var current = new FrontierPoint(0, null, StaffMix.None, 0, await Evaluate(StaffMix.None).ConfigureAwait(false));
        var frontier = new List<FrontierPoint> { current };
        var trials = new List<BudgetTrial>();
        BudgetStop stop;
        while (true)
        {
            var candidates = cutting
                ? steps.Where(s => current.Mix[s.Role] - 1 >= -s.MaxRemovable).ToList()
                : steps.Where(s => current.CumulativeCostGbp + s.AnnualCostGbp <= budget + tolerance).ToList();
            if (cutting && current.CumulativeCostGbp <= budget + tolerance)
            {
                stop = BudgetStop.CutReached;
                break;
            }

            if (candidates.Count == 0)
            {
                stop = cutting ? BudgetStop.NothingLeftToCut : BudgetStop.BudgetSpent;
                break;
            }

            var delta = cutting ? -1 : 1;
            var unseen = candidates.Count(s => !cache.ContainsKey(current.Mix.Plus(s.Role, delta)));
            if (cache.Count + unseen > maxEvaluations)
            {
                stop = BudgetStop.EvaluationLimit;
                break;
            }

            // Gain per pound moved: for a purchase, improvement per pound spent; for a cut, the negative of loss
            // per pound saved. Either way larger is better; ties go to the role listed first.
            var estimates = new List<(BudgetStep Step, ObjectiveEstimate Estimate)>(candidates.Count);
            await evaluator.PrepareAsync([.. candidates.Select(c => current.Mix.Plus(c.Role, delta))], cancellationToken).ConfigureAwait(false);
            foreach (var candidate in candidates)
            {
                estimates.Add((candidate, await Evaluate(current.Mix.Plus(candidate.Role, delta)).ConfigureAwait(false)));
            }

            var ranked = estimates
                .Select(c => (c.Step, c.Estimate, Gain: sign * (c.Estimate.Value - current.Objective.Value)))
                .Select((c, order) => (c.Step, c.Estimate, c.Gain, PerPound: c.Gain / c.Step.AnnualCostGbp, Order: order))
                .OrderByDescending(c => c.PerPound).ThenBy(c => c.Order)
                .ToList();

            // A purchase must improve the objective by more than noise; a cut takes the least harmful step whatever.
            var best = cutting ? ranked[0] : default;
            for (var i = 0; !cutting && i < ranked.Count && best.Step is null; i++)
            {
                if (ranked[i].Gain > 0 && await evaluator.DistinguishesAsync(current.Mix, current.Mix.Plus(ranked[i].Step.Role, delta), cancellationToken).ConfigureAwait(false))
                {
                    best = ranked[i];
                }
            }

            await RecordTrialsAsync(trials, frontier.Count, current, delta, ranked.Select(r => (r.Step, r.Estimate)), best.Step, evaluator, cancellationToken).ConfigureAwait(false);
            if (best.Step is null)
            {
                stop = BudgetStop.NoImprovement;
                break;
            }

            current = new FrontierPoint(
                current.Step + 1,
                best.Step.Role,
                current.Mix.Plus(best.Step.Role, delta),
                current.CumulativeCostGbp + (delta * best.Step.AnnualCostGbp),
                best.Estimate);
            frontier.Add(current);
        }

        return new BudgetResult
        {
            Budget = budget,
            Direction = direction,
            Steps = steps,
            Frontier = frontier,
            Stop = stop,
            Trials = trials,
            Evaluations = cache.Count,
        };
    }

    /// <summary>Notes every step of a round (best per pound first) with its own change from the round's mix, and which was taken.</summary>
    private static async ValueTask RecordTrialsAsync(
        List<BudgetTrial> trials,
        int round,
        FrontierPoint current,
        int delta,
        IEnumerable<(BudgetStep Step, ObjectiveEstimate Estimate)> tried,
        BudgetStep? taken,
        IObjectiveEvaluator evaluator,
        CancellationToken cancellationToken)
    {
        foreach (var (step, estimate) in tried)
        {
            var mix = current.Mix.Plus(step.Role, delta);
            var (lower, upper) = await evaluator.ChangeIntervalAsync(current.Mix, mix, cancellationToken).ConfigureAwait(false);
            trials.Add(new BudgetTrial(round, step.Role, mix, delta * step.AnnualCostGbp, estimate.Value, estimate.Value - current.Objective.Value, lower, upper, ReferenceEquals(step, taken)));
        }
    }
}
