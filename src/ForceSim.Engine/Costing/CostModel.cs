using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Costing;

/// <summary>
/// Annual staff cost implied by a scenario's staffing: rostered hours become FTEs through productive
/// hours per FTE; investigators and supervisors are counted as FTEs directly. A control room's cost is
/// shared among its forces by their contact volumes.
/// </summary>
public static class CostModel
{
    public static IReadOnlyList<RoleCostBreakdown> ForForce(Scenario scenario, ForceSettings force)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(force);
        var costs = scenario.Costs;
        var hours = costs.ProductiveHoursPerFte;
        var room = scenario.ControlRooms.First(r => r.Id == force.ControlRoom);
        var roomForces = scenario.Forces.Where(f => f.ControlRoom == room.Id).ToList();
        var totalVolume = roomForces.Sum(Volume);
        var share = totalVolume > 0 ? Volume(force) / totalVolume : 1.0 / roomForces.Count;

        var handlerFte = room.CallHandlers.Unlimited ? 0 : room.CallHandlers.Shifts.Sum(s => s.Count * s.Hours) * 365 / hours * share;
        var officerFte = force.Response.Shifts.Sum(s => s.Count * s.Hours) * 365 / hours * force.Response.CrewSize;
        var investigators = force.Investigation?.Investigators ?? 0;
        var supervisors = force.Investigation?.Supervisors ?? 0;
        return
        [
            Breakdown(costs, StaffRole.CallHandler, handlerFte),
            Breakdown(costs, StaffRole.ResponseOfficer, officerFte),
            Breakdown(costs, StaffRole.Investigator, investigators),
            Breakdown(costs, StaffRole.Supervisor, supervisors),
        ];
    }

    private static double Volume(ForceSettings force) => force.Demand.AnnualVolume.Values.Sum();

    private static RoleCostBreakdown Breakdown(CostSettings costs, StaffRole role, double fte) =>
        new(role, fte, costs.Roles.TryGetValue(role, out var pay) ? fte * pay.AnnualCostPerFte : 0);
}
