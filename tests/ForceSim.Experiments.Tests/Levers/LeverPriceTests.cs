using ForceSim.Experiments.Levers;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Tests.Levers;

public sealed class LeverPriceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(-2)]
    public void More_call_handlers_on_a_shift_cost_their_FTE_at_the_scenarios_pay_for_a_call_handler(int extra)
    {
        var source = ShippedLeverScenarios.Source("cambridgeshire-2022.yaml");
        var scenario = source.Load();
        var shift = scenario.ControlRooms[0].CallHandlers.Shifts[1];
        var pay = scenario.Costs.Roles[StaffRole.CallHandler];

        var price = LeverService.Price(source, [new LeverChange("control_rooms.cambridgeshire_fcr.call_handlers.shifts[1].staff", $"{extra:+0;-0}")]);

        // Each extra handler on duty every day on an H-hour shift is H × 365 ÷ productive hours FTE, each paid salary × on-cost.
        var fte = extra * shift.Hours * 365 / scenario.Costs.ProductiveHoursPerFte;
        var change = Assert.Single(price.Changes);
        Assert.Equal(fte, change.Fte, 9);
        Assert.Equal(fte * pay.AnnualSalary * pay.OnCostFactor, change.AnnualGbp, 6);
        Assert.Equal(change.AnnualGbp, price.TotalAnnualGbp, 6);
    }

    [Fact]
    public void More_supervisors_cost_their_number_times_the_scenarios_pay_for_a_supervisor()
    {
        var source = ShippedLeverScenarios.Source("cambridgeshire-2022.yaml");
        var pay = source.Load().Costs.Roles[StaffRole.Supervisor];

        var price = LeverService.Price(source, [new LeverChange("forces.cambridgeshire.investigation.supervisors", "+15")]);

        Assert.Equal(15 * pay.AnnualSalary * pay.OnCostFactor, price.TotalAnnualGbp, 6);
    }

    [Fact]
    public void Staffing_changes_are_priced_each_alone_and_together_and_a_policy_costs_nothing()
    {
        var source = ShippedLeverScenarios.Source("cambridgeshire-2022-districts.yaml");

        var price = LeverService.Price(source,
        [
            new LeverChange("control_rooms.cambridgeshire_fcr.call_handlers.shifts[0].staff", "+2"),
            new LeverChange("forces.cambridgeshire.response.shifts[2].stations.march", "+1"),
            new LeverChange("forces.cambridgeshire.investigation.investigators", "*1.1"),
            new LeverChange("control_rooms.cambridgeshire_fcr.triage.structured_assessment.mandatory_for.channels", "[emergency, non_emergency, online]"),
        ]);

        Assert.All(price.Changes.Take(3), c => Assert.True(c.AnnualGbp > 0, c.Lever.Id));
        Assert.Equal(0, price.Changes[3].AnnualGbp);
        Assert.Equal(price.Changes.Sum(c => c.AnnualGbp), price.TotalAnnualGbp, 6);
        Assert.Empty(price.UnpricedRoles);
    }

    [Theory]
    [InlineData("control_rooms.cambridgeshire_fcr.call_handlers.shifts[0].staff", "10001", "0 to 10000 call handlers per shift")]
    [InlineData("control_rooms.cambridgeshire_fcr.call_handlers.shifts[0].staff", "-100", "0 to 10000 call handlers per shift")]
    [InlineData("forces.cambridgeshire.investigation.investigators", "0", "1 to 20000 FTE")]
    [InlineData("control_rooms.cambridgeshire_fcr.triage.repeat_victim_check.compliance[0].share", "1.5", "0 to 1 share of calls")]
    [InlineData("control_rooms.cambridgeshire_fcr.triage.repeat_victim_check.mandatory_for.channels", "[emergency, radio]", "any of emergency, non_emergency, online")]
    public void An_out_of_range_change_is_refused_naming_its_key_path_and_range(string path, string value, string range)
    {
        var source = ShippedLeverScenarios.Source("cambridgeshire-2022.yaml");

        var refused = Assert.Throws<InvalidRequestException>(() => LeverService.Price(source, [new LeverChange(path, value)]));

        Assert.Contains(path, refused.Message, StringComparison.Ordinal);
        Assert.Contains(range, refused.Message, StringComparison.Ordinal);
    }
}
