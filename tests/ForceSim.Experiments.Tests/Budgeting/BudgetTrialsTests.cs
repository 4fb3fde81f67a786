using ForceSim.Experiments.Budgeting;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Tests.Budgeting;

/// <summary>The search keeps every step it tried, so a recommendation (even "spend nothing") shows its evidence.</summary>
public class BudgetTrialsTests
{
    private static readonly BudgetStep[] Steps =
    [
        new(StaffRole.CallHandler, "handler", 2.2, 100, 5),
        new(StaffRole.ResponseOfficer, "unit", 4.4, 300, 5),
    ];

    /// <summary>A known objective with a fixed ±0.5 interval on every change, as a simulation's paired CI would give.</summary>
    private sealed class Known(Func<StaffMix, double> value) : IObjectiveEvaluator
    {
        public ValueTask<ObjectiveEstimate> EvaluateAsync(StaffMix mix, CancellationToken cancellationToken) => ValueTask.FromResult(new ObjectiveEstimate(value(mix)));

        public ValueTask<bool> DistinguishesAsync(StaffMix from, StaffMix to, CancellationToken cancellationToken) =>
            ValueTask.FromResult(Math.Abs(value(to) - value(from)) > 0.5);

        public ValueTask<(double? Lower, double? Upper)> ChangeIntervalAsync(StaffMix from, StaffMix to, CancellationToken cancellationToken) =>
            ValueTask.FromResult<(double?, double?)>((value(to) - value(from) - 0.5, value(to) - value(from) + 0.5));
    }

    [Fact]
    public async Task Every_step_tried_in_every_round_is_kept_with_its_own_change_cost_and_whether_it_was_taken()
    {
        // Handlers add 2 per £100, units 3 per £300: per pound handlers win every round until the budget runs out.
        var evaluator = new Known(mix => (2.0 * mix.CallHandlers) + (3.0 * mix.ResponseOfficers));

        var result = await GreedyBudgetSearch.RunAsync(400, Steps, ObjectiveDirection.Maximise, evaluator);

        Assert.Equal(Enumerable.Repeat(StaffRole.CallHandler, 4), result.Frontier.Skip(1).Select(p => p.Changed!.Value));
        var first = result.Trials.Where(t => t.Round == 1).ToList();
        Assert.Equal(2, first.Count);
        var handler = first.Single(t => t.Role == StaffRole.CallHandler);
        Assert.True(handler.Taken);
        Assert.Equal((100.0, 2.0, 1.5, 2.5), (handler.StepCostGbp, handler.Change, handler.ChangeLower!.Value, handler.ChangeUpper!.Value));
        var unit = first.Single(t => t.Role == StaffRole.ResponseOfficer);
        Assert.False(unit.Taken);
        Assert.Equal((300.0, 3.0), (unit.StepCostGbp, unit.Change));
        // Round 3 starts from two handlers: only a third handler fits the £200 left.
        var third = Assert.Single(result.Trials, t => t.Round == 3);
        Assert.Equal((StaffRole.CallHandler, true, new StaffMix(3, 0, 0, 0)), (third.Role, third.Taken, third.Mix));
        Assert.Equal(result.Frontier.Count - 1, result.Trials.Count(t => t.Taken));
    }

    [Fact]
    public async Task A_search_that_buys_nothing_still_keeps_every_step_it_tried_none_taken()
    {
        // Each step changes the objective by less than the noise: nothing is worth buying.
        var evaluator = new Known(mix => (0.1 * mix.CallHandlers) + (0.2 * mix.ResponseOfficers));

        var result = await GreedyBudgetSearch.RunAsync(1000, Steps, ObjectiveDirection.Maximise, evaluator);

        Assert.Equal(BudgetStop.NoImprovement, result.Stop);
        Assert.Single(result.Frontier);
        Assert.Equal([StaffRole.CallHandler, StaffRole.ResponseOfficer], result.Trials.Select(t => t.Role).Order());
        Assert.All(result.Trials, t => Assert.False(t.Taken));
        Assert.All(result.Trials, t => Assert.True(t.ChangeLower < 0 && t.ChangeUpper > 0, "each interval spans zero"));
    }
}
