using ForceSim.Engine.Costing;
using ForceSim.Model.Scenarios;
using static ForceSim.Testing.Scenarios.ScenarioParts;

namespace ForceSim.Engine.Tests.Costing;

public sealed class CostModelTests
{
    private static readonly CostSettings Pay = new()
    {
        ProductiveHoursPerFte = 1650,
        Roles = new Dictionary<StaffRole, RoleCost>
        {
            [StaffRole.CallHandler] = new() { AnnualSalary = 30_000, OnCostFactor = 1.25 },
            [StaffRole.ResponseOfficer] = new() { AnnualSalary = 40_000, OnCostFactor = 1.3 },
            [StaffRole.Investigator] = new() { AnnualSalary = 45_000, OnCostFactor = 1.3 },
            [StaffRole.Supervisor] = new() { AnnualSalary = 55_000, OnCostFactor = 1.4 },
        },
    };

    [Fact]
    public void Response_officer_fte_is_rostered_unit_hours_a_year_over_productive_hours_times_crew_size()
    {
        // 6 units × 10 h + 4 units × 8 h = 92 unit-hours a day, crews of 2.
        var force = Force("f", "room", 1000, 0, Shift(7, 10, 6), Shift(22, 8, 4));
        var scenario = Of([Room("room")], [force], Pay);

        var officers = Role(CostModel.ForForce(scenario, force), StaffRole.ResponseOfficer);

        var fte = 92.0 * 365 / 1650 * 2;
        Assert.Equal(fte, officers.Fte, 9);
        Assert.Equal(fte * 40_000 * 1.3, officers.AnnualGbp, 6);
    }

    [Fact]
    public void Crew_size_multiplies_response_officer_fte()
    {
        var crewOfTwo = Force("f", "room", 1000, 0, Shift(0, 24, 5));
        var crewOfOne = crewOfTwo with { Response = crewOfTwo.Response with { CrewSize = 1 } };
        var crewOfThree = crewOfTwo with { Response = crewOfTwo.Response with { CrewSize = 3 } };

        var one = Role(CostModel.ForForce(Of([Room("room")], [crewOfOne], Pay), crewOfOne), StaffRole.ResponseOfficer);
        var three = Role(CostModel.ForForce(Of([Room("room")], [crewOfThree], Pay), crewOfThree), StaffRole.ResponseOfficer);

        Assert.Equal(120.0 * 365 / 1650, one.Fte, 9);
        Assert.Equal(3 * one.Fte, three.Fte, 9);
    }

    [Fact]
    public void Call_handler_fte_is_rostered_handler_hours_a_year_over_productive_hours()
    {
        // 10 × 8 h + 5 × 12 h = 140 handler-hours a day.
        var room = Room("room", Shift(7, 8, 10), Shift(19, 12, 5));
        var force = Force("f", "room", 5000, 1000);
        var scenario = Of([room], [force], Pay);

        var handlers = Role(CostModel.ForForce(scenario, force), StaffRole.CallHandler);

        Assert.Equal(140.0 * 365 / 1650, handlers.Fte, 9);
        Assert.Equal(140.0 * 365 / 1650 * 30_000 * 1.25, handlers.AnnualGbp, 6);
    }

    [Fact]
    public void A_shared_control_room_is_costed_to_its_forces_by_contact_volume()
    {
        var room = Room("shared", Shift(0, 24, 20));
        var small = Force("small", "shared", 30_000, 10_000);
        var large = Force("large", "shared", 50_000, 10_000);
        var elsewhere = Force("elsewhere", "other", 1_000_000, 0);
        var scenario = Of([room, Room("other", Shift(0, 24, 3))], [small, large, elsewhere], Pay);

        var smallHandlers = Role(CostModel.ForForce(scenario, small), StaffRole.CallHandler);
        var largeHandlers = Role(CostModel.ForForce(scenario, large), StaffRole.CallHandler);

        var roomFte = 480.0 * 365 / 1650;
        Assert.Equal(roomFte * 0.4, smallHandlers.Fte, 9);
        Assert.Equal(roomFte * 0.6, largeHandlers.Fte, 9);
        Assert.Equal(roomFte * 30_000 * 1.25, smallHandlers.AnnualGbp + largeHandlers.AnnualGbp, 6);
    }

    [Fact]
    public void A_shared_room_with_no_demand_is_split_equally()
    {
        var room = Room("shared", Shift(0, 24, 10));
        var a = Force("a", "shared", 0, 0);
        var b = Force("b", "shared", 0, 0);
        var scenario = Of([room], [a, b], Pay);

        Assert.Equal(120.0 * 365 / 1650, Role(CostModel.ForForce(scenario, a), StaffRole.CallHandler).Fte, 9);
    }

    [Fact]
    public void An_unlimited_control_room_costs_nothing()
    {
        var room = Room("room", Shift(0, 24, 10)) with { CallHandlers = new CallHandlerSettings { Unlimited = true, Shifts = [Shift(0, 24, 10)] } };
        var force = Force("f", "room", 1000, 0);

        var handlers = Role(CostModel.ForForce(Of([room], [force], Pay), force), StaffRole.CallHandler);

        Assert.Equal(0, handlers.Fte);
        Assert.Equal(0, handlers.AnnualGbp);
    }

    [Fact]
    public void Investigators_and_supervisors_are_counted_as_fte_directly()
    {
        var force = Force("f", "room", 1000, 0) with { Investigation = new InvestigationSettings { Investigators = 120, Supervisors = 18 } };

        var costs = CostModel.ForForce(Of([Room("room")], [force], Pay), force);

        Assert.Equal(new RoleCostBreakdown(StaffRole.Investigator, 120, 120 * 45_000 * 1.3), Role(costs, StaffRole.Investigator));
        Assert.Equal(new RoleCostBreakdown(StaffRole.Supervisor, 18, 18 * 55_000 * 1.4), Role(costs, StaffRole.Supervisor));
    }

    [Fact]
    public void A_force_without_investigation_has_no_investigators_or_supervisors()
    {
        var force = Force("f", "room", 1000, 0);

        var costs = CostModel.ForForce(Of([Room("room")], [force], Pay), force);

        Assert.Equal(0, Role(costs, StaffRole.Investigator).Fte);
        Assert.Equal(0, Role(costs, StaffRole.Supervisor).AnnualGbp);
    }

    [Fact]
    public void A_role_without_pay_has_fte_but_no_cost()
    {
        var force = Force("f", "room", 1000, 0, Shift(0, 24, 1));
        var costs = CostModel.ForForce(Of([Room("room")], [force], new CostSettings { ProductiveHoursPerFte = 2000 }), force);

        var officers = Role(costs, StaffRole.ResponseOfficer);
        Assert.Equal(24.0 * 365 / 2000 * 2, officers.Fte, 9);
        Assert.Equal(0, officers.AnnualGbp);
    }

    [Fact]
    public void Every_role_is_reported_once()
    {
        var force = Force("f", "room", 1000, 0);

        var costs = CostModel.ForForce(Of([Room("room")], [force], Pay), force);

        Assert.Equal([StaffRole.CallHandler, StaffRole.ResponseOfficer, StaffRole.Investigator, StaffRole.Supervisor], costs.Select(c => c.Role));
    }

    private static RoleCostBreakdown Role(IReadOnlyList<RoleCostBreakdown> costs, StaffRole role) => costs.Single(c => c.Role == role);
}
