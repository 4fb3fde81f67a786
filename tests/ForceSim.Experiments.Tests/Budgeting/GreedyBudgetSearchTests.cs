using ForceSim.Experiments.Budgeting;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Tests.Budgeting;

public class GreedyBudgetSearchTests
{
    /// <summary>Separable, concave in each role: value(n) = weight × (1 − 0.6^n), so each step adds less than the last.</summary>
    private sealed class DiminishingReturns(Dictionary<StaffRole, double> weights) : IObjectiveEvaluator
    {
        public int Calls { get; private set; }

        public double Value(StaffMix mix) => weights.Sum(w => w.Value * (1 - Math.Pow(0.6, mix[w.Key])));

        public ValueTask<ObjectiveEstimate> EvaluateAsync(StaffMix mix, CancellationToken cancellationToken)
        {
            Calls++;
            return ValueTask.FromResult(new ObjectiveEstimate(Value(mix)));
        }
    }

    private static readonly Dictionary<StaffRole, double> Weights = new()
    {
        [StaffRole.CallHandler] = 10,
        [StaffRole.ResponseOfficer] = 30,
        [StaffRole.Investigator] = 16,
    };

    private static readonly BudgetStep[] Steps =
    [
        new(StaffRole.CallHandler, "handler", 2.2, 100, 5),
        new(StaffRole.ResponseOfficer, "unit", 4.4, 300, 5),
        new(StaffRole.Investigator, "five investigators", 5, 200, 5),
    ];

    [Fact]
    public async Task Greedy_by_marginal_return_per_pound_finds_the_best_affordable_mix_of_a_concave_objective()
    {
        var evaluator = new DiminishingReturns(Weights);
        const double budget = 1500;

        var result = await GreedyBudgetSearch.RunAsync(budget, Steps, ObjectiveDirection.Maximise, evaluator);

        // Brute force over every affordable mix.
        var best = (from ch in Enumerable.Range(0, 16)
                    from ro in Enumerable.Range(0, 6)
                    from inv in Enumerable.Range(0, 8)
                    let mix = new StaffMix(ch, ro, inv, 0)
                    where (ch * 100) + (ro * 300) + (inv * 200) <= budget
                    orderby evaluator.Value(mix) descending
                    select mix).First();
        Assert.Equal(best, result.Recommended.Mix);
        Assert.True(result.Recommended.CumulativeCostGbp <= budget);
        Assert.Equal(BudgetStop.BudgetSpent, result.Stop);
    }

    [Fact]
    public async Task The_frontier_starts_at_the_base_and_each_step_adds_one_role_at_its_cost_with_a_better_objective()
    {
        var result = await GreedyBudgetSearch.RunAsync(1500, Steps, ObjectiveDirection.Maximise, new DiminishingReturns(Weights));

        Assert.Equal(StaffMix.None, result.Base.Mix);
        Assert.Null(result.Base.Changed);
        foreach (var (before, after) in result.Frontier.Zip(result.Frontier.Skip(1)))
        {
            var step = Steps.Single(s => s.Role == after.Changed);
            Assert.Equal(before.Mix.Plus(step.Role, 1), after.Mix);
            Assert.Equal(before.CumulativeCostGbp + step.AnnualCostGbp, after.CumulativeCostGbp, 6);
            Assert.True(after.Objective.Value > before.Objective.Value);
        }
    }

    [Fact]
    public async Task Each_distinct_mix_is_evaluated_once_and_the_count_is_bounded_by_roles_times_moves_plus_one()
    {
        var evaluator = new DiminishingReturns(Weights);

        var result = await GreedyBudgetSearch.RunAsync(1500, Steps, ObjectiveDirection.Maximise, evaluator);

        Assert.Equal(evaluator.Calls, result.Evaluations);
        Assert.True(result.Evaluations <= (Steps.Length * result.Frontier.Count) + 1);
    }

    [Fact]
    public async Task Minimising_picks_the_role_that_lowers_the_objective_most_per_pound()
    {
        // Negate the objective: the same mix must win when lower is better.
        var inner = new DiminishingReturns(Weights);
        var negated = new Negated(inner);

        var max = await GreedyBudgetSearch.RunAsync(1500, Steps, ObjectiveDirection.Maximise, inner);
        var min = await GreedyBudgetSearch.RunAsync(1500, Steps, ObjectiveDirection.Minimise, negated);

        Assert.Equal(max.Recommended.Mix, min.Recommended.Mix);
    }

    [Fact]
    public async Task The_search_stops_when_no_affordable_step_improves_the_objective()
    {
        // Only call handlers help, and only up to two of them.
        var evaluator = new Function(mix => Math.Min(mix.CallHandlers, 2));

        var result = await GreedyBudgetSearch.RunAsync(10_000, Steps, ObjectiveDirection.Maximise, evaluator);

        Assert.Equal(new StaffMix(2, 0, 0, 0), result.Recommended.Mix);
        Assert.Equal(BudgetStop.NoImprovement, result.Stop);
    }

    [Fact]
    public async Task A_step_whose_gain_cannot_be_told_from_noise_is_not_bought_even_if_its_mean_is_best()
    {
        // With exact values the search buys investigators; when their gain cannot be told from noise it must not.
        var exact = await GreedyBudgetSearch.RunAsync(10_000, Steps, ObjectiveDirection.Maximise, new DiminishingReturns(Weights));
        var noisy = await GreedyBudgetSearch.RunAsync(10_000, Steps, ObjectiveDirection.Maximise, new Noisy(new DiminishingReturns(Weights), StaffRole.Investigator));

        Assert.True(exact.Recommended.Mix.Investigators > 0);
        Assert.Equal(0, noisy.Recommended.Mix.Investigators);
        Assert.True(noisy.Frontier.Count > 1);
    }

    [Fact]
    public async Task A_cut_removes_the_least_harmful_steps_until_the_saving_is_reached()
    {
        var result = await GreedyBudgetSearch.RunAsync(-400, Steps, ObjectiveDirection.Maximise, new DiminishingReturns(Weights));

        Assert.Equal(BudgetStop.CutReached, result.Stop);
        Assert.True(result.Recommended.CumulativeCostGbp <= -400);
        Assert.All(result.Frontier.Skip(1), p => Assert.True(p.CumulativeCostGbp < 0));
        // Removing the first step of a role loses weight × (1/0.6 − 1): per pound saved that is 0.067 for call
        // handlers (10/100) and response units (30/300) but 0.053 for investigators (16/200), so they go first.
        Assert.Equal(StaffRole.Investigator, result.Frontier[1].Changed);
    }

    [Fact]
    public async Task A_cut_larger_than_everything_removable_stops_and_says_so()
    {
        var result = await GreedyBudgetSearch.RunAsync(-1_000_000, Steps, ObjectiveDirection.Maximise, new DiminishingReturns(Weights));

        Assert.Equal(BudgetStop.NothingLeftToCut, result.Stop);
        Assert.Equal(new StaffMix(-5, -5, -5, 0), result.Recommended.Mix);
    }

    [Fact]
    public async Task The_evaluation_limit_is_never_exceeded_and_is_reported_as_the_reason_for_stopping()
    {
        var evaluator = new DiminishingReturns(Weights);

        var result = await GreedyBudgetSearch.RunAsync(1500, Steps, ObjectiveDirection.Maximise, evaluator, maxEvaluations: 6);

        Assert.Equal(BudgetStop.EvaluationLimit, result.Stop);
        Assert.True(evaluator.Calls <= 6);
    }

    private sealed class Negated(DiminishingReturns inner) : IObjectiveEvaluator
    {
        public ValueTask<ObjectiveEstimate> EvaluateAsync(StaffMix mix, CancellationToken cancellationToken) => ValueTask.FromResult(new ObjectiveEstimate(-inner.Value(mix)));
    }

    private sealed class Function(Func<StaffMix, double> value) : IObjectiveEvaluator
    {
        public ValueTask<ObjectiveEstimate> EvaluateAsync(StaffMix mix, CancellationToken cancellationToken) => ValueTask.FromResult(new ObjectiveEstimate(value(mix)));
    }

    /// <summary>An evaluator that cannot distinguish any change in one role from noise.</summary>
    private sealed class Noisy(IObjectiveEvaluator inner, StaffRole blurred) : IObjectiveEvaluator
    {
        public ValueTask<ObjectiveEstimate> EvaluateAsync(StaffMix mix, CancellationToken cancellationToken) => inner.EvaluateAsync(mix, cancellationToken);

        public ValueTask<bool> DistinguishesAsync(StaffMix from, StaffMix to, CancellationToken cancellationToken) => ValueTask.FromResult(from[blurred] == to[blurred]);
    }
}
