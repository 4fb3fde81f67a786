using ForceSim.Engine.Costing;
using ForceSim.Experiments.Budgeting;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Tests.Budgeting;

public class BudgetStepsTests
{
    private static readonly Scenario Cambridgeshire = TestScenarios.Load("cambridgeshire-2022.yaml");

    [Fact]
    public void A_call_handler_step_adds_one_person_to_the_busiest_shift_and_costs_the_fte_it_implies()
    {
        var steps = new BudgetSteps(Cambridgeshire);
        var room = Cambridgeshire.ControlRooms[0];
        var busiest = room.CallHandlers.Shifts.MaxBy(s => s.Count)!;
        var pay = Cambridgeshire.Costs.Roles[StaffRole.CallHandler];

        var step = steps.Step(StaffRole.CallHandler);
        var edited = steps.Apply(new StaffMix(1, 0, 0, 0)).ControlRooms[0].CallHandlers.Shifts;

        var fte = busiest.Hours * 365 / Cambridgeshire.Costs.ProductiveHoursPerFte;
        Assert.Equal(fte, step.Fte, 9);
        Assert.Equal(fte * pay.AnnualCostPerFte, step.AnnualCostGbp, 6);
        Assert.Equal(busiest.Count + 1, edited.Single(s => s.Name == busiest.Name).Count);
        Assert.Equal(room.CallHandlers.Shifts.Sum(s => s.Count) + 1, edited.Sum(s => s.Count));
    }

    [Fact]
    public void A_response_step_adds_one_crewed_unit_to_the_busiest_shift()
    {
        var steps = new BudgetSteps(Cambridgeshire);
        var response = Cambridgeshire.Forces[0].Response;
        var busiest = response.Shifts.MaxBy(s => s.Count)!;

        var step = steps.Step(StaffRole.ResponseOfficer);
        var edited = steps.Apply(new StaffMix(0, 2, 0, 0)).Forces[0].Response.Shifts;

        Assert.Equal(response.CrewSize * busiest.Hours * 365 / Cambridgeshire.Costs.ProductiveHoursPerFte, step.Fte, 9);
        Assert.Equal(busiest.Count + 2, edited.Single(s => s.Name == busiest.Name).Count);
    }

    [Fact]
    public void Investigator_and_supervisor_steps_add_their_step_size_in_fte_and_cuts_remove_them()
    {
        var steps = new BudgetSteps(Cambridgeshire, investigatorStep: 5, supervisorStep: 2);
        var investigation = Cambridgeshire.Forces[0].Investigation!;

        var edited = steps.Apply(new StaffMix(0, 0, 3, -1)).Forces[0].Investigation!;

        Assert.Equal(investigation.Investigators + 15, edited.Investigators);
        Assert.Equal(investigation.Supervisors - 2, edited.Supervisors);
        Assert.Equal(5, steps.Step(StaffRole.Investigator).Fte, 9);
        Assert.Equal(2 * Cambridgeshire.Costs.Roles[StaffRole.Supervisor].AnnualCostPerFte, steps.Step(StaffRole.Supervisor).AnnualCostGbp, 6);
    }

    [Fact]
    public void The_cost_of_a_mix_is_the_sum_of_its_step_costs_as_the_cost_model_sees_it()
    {
        var steps = new BudgetSteps(Cambridgeshire);
        var mix = new StaffMix(3, 1, 2, 1);

        var expected = Enum.GetValues<StaffRole>().Sum(r => mix[r] * steps.Step(r).AnnualCostGbp);

        Assert.Equal(expected, Total(steps.Apply(mix)) - Total(Cambridgeshire), 3);
    }

    [Fact]
    public void A_role_without_a_cost_cannot_be_budgeted_for()
    {
        var noCosts = Cambridgeshire with { Costs = new CostSettings() };

        Assert.NotNull(new BudgetSteps(noCosts).Unavailable(StaffRole.CallHandler));
        Assert.Null(new BudgetSteps(Cambridgeshire).Unavailable(StaffRole.CallHandler));
    }

    [Fact]
    public void The_base_scenario_is_left_unchanged_by_applying_a_mix()
    {
        var steps = new BudgetSteps(Cambridgeshire);
        var before = Total(Cambridgeshire);

        _ = steps.Apply(new StaffMix(5, 5, 5, 5));

        Assert.Equal(before, Total(Cambridgeshire));
    }

    private static double Total(Scenario scenario) =>
        scenario.Forces.SelectMany(f => CostModel.ForForce(scenario, f)).Sum(c => c.AnnualGbp);
}
