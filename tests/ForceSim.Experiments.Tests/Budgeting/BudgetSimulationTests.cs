using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;
using ForceSim.Experiments.Budgeting;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Tests.Budgeting;

/// <summary>The search on the real engine: a shortened Cambridgeshire, few replications.</summary>
public class BudgetSimulationTests
{
    [Fact]
    public async Task Extra_budget_for_call_handlers_reduces_101_waits_on_the_real_engine()
    {
        // Four replications: with common random numbers each extra handler's gain is clear of noise. Without
        // abstraction every handler bought is one more on duty; with the baseline's 12%, rounded per hour, a second
        // handler on the busiest shift adds nobody at the busy hours, and the search rightly stops after one.
        var scenario = TestScenarios.ShortCambridgeshire(days: 30, replications: 4).WithCallHandlers(h => h with { AbstractionRate = 0 });
        var catalogue = new BudgetSteps(scenario);
        var objective = BudgetObjective.Parse(MeasureNames.NonEmergencyMeanAnswerSeconds);
        var evaluator = new SimulationObjectiveEvaluator(catalogue, objective, new ExperimentOptions { MaxParallelism = 2 });
        var step = catalogue.Step(StaffRole.CallHandler);

        var result = await GreedyBudgetSearch.RunAsync(2.5 * step.AnnualCostGbp, [step], objective.Direction, evaluator);

        Assert.Equal(ObjectiveDirection.Minimise, objective.Direction);
        Assert.Equal(new StaffMix(2, 0, 0, 0), result.Recommended.Mix);
        Assert.True(result.Recommended.Objective.Value < result.Base.Objective.Value);
        Assert.True(result.Recommended.Objective.ChangeUpper < 0, "the paired interval of the change should exclude zero");
        Assert.Equal(3, evaluator.MixesRun);
        Assert.Equal(12, evaluator.ReplicationsRun);
    }

    [Fact]
    public async Task A_misspelt_objective_is_reported_before_any_candidate_is_simulated()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 7, replications: 1);
        var evaluator = new SimulationObjectiveEvaluator(new BudgetSteps(scenario), BudgetObjective.Parse("contact.non_emergency_mean_answer_secs"));

        var e = await Assert.ThrowsAsync<UnmeasuredObjectiveException>(() => evaluator.EvaluateAsync(new StaffMix(1, 0, 0, 0), CancellationToken.None).AsTask());

        Assert.Contains("contact.non_emergency_mean_answer_seconds", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, evaluator.MixesRun);
    }
}
