using System.Globalization;
using ForceSim.Engine.Costing;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Budgeting;

/// <summary>
/// The purchasable step of each role as a scenario edit. Call handlers: +1 staff on the busiest shift of the
/// first control room. Response officers: +1 unit (crew_size officers) on the first force's busiest response
/// shift. Investigators and supervisors: +N FTE in the first force. A step's FTE and cost are the change it makes
/// to <see cref="CostModel"/>'s figures, so they match the <c>cost.*</c> measures exactly.
/// </summary>
public sealed class BudgetSteps
{
    private readonly Scenario baseline;
    private readonly int investigatorStep;
    private readonly int supervisorStep;

    public BudgetSteps(Scenario baseline, int investigatorStep = 5, int supervisorStep = 1)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentOutOfRangeException.ThrowIfLessThan(investigatorStep, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(supervisorStep, 1);
        if (baseline.ControlRooms.Count == 0 || baseline.Forces.Count == 0)
        {
            throw new ArgumentException("A budget needs a scenario with a control room and a force.", nameof(baseline));
        }

        this.baseline = baseline;
        this.investigatorStep = investigatorStep;
        this.supervisorStep = supervisorStep;
    }

    public Scenario Baseline => baseline;

    /// <summary>Why a role cannot be bought in this scenario, or null when it can.</summary>
    public string? Unavailable(StaffRole role)
    {
        if (!baseline.Costs.Roles.TryGetValue(role, out var pay) || pay.AnnualCostPerFte <= 0)
        {
            return $"the scenario's costs give no annual cost for {StaffRoleNames.Key(role)} (costs.roles.{StaffRoleNames.Key(role)})";
        }

        return role switch
        {
            StaffRole.CallHandler when Room.CallHandlers.Unlimited => $"control room '{Room.Id}' has unlimited call handlers",
            StaffRole.CallHandler when Room.CallHandlers.Shifts.Count == 0 => $"control room '{Room.Id}' has no call-handler shifts",
            StaffRole.ResponseOfficer when Force.Response.Shifts.Count == 0 => $"force '{Force.Id}' has no response shifts",
            StaffRole.Investigator or StaffRole.Supervisor when Force.Investigation is null => $"force '{Force.Id}' has no investigation settings",
            _ => null,
        };
    }

    /// <summary>The step of <paramref name="role"/>; the role must be available.</summary>
    public BudgetStep Step(StaffRole role)
    {
        if (Unavailable(role) is { } why)
        {
            throw new InvalidOperationException(why);
        }

        var before = Costs(baseline, role);
        var after = Costs(Apply(StaffMix.None.Plus(role, 1)), role);
        return new BudgetStep(role, Describe(role), after.Fte - before.Fte, after.Gbp - before.Gbp, MaxRemovable(role));
    }

    /// <summary>The base scenario with the mix's steps added (or, for negative counts, removed).</summary>
    public Scenario Apply(StaffMix mix)
    {
        var scenario = baseline;
        if (mix.CallHandlers != 0)
        {
            var room = Room;
            var handlers = room.CallHandlers with { Shifts = AddToBusiest(room.CallHandlers.Shifts, mix.CallHandlers) };
            scenario = scenario with { ControlRooms = [.. scenario.ControlRooms.Select(r => r.Id == room.Id ? r with { CallHandlers = handlers } : r)] };
        }

        if (mix.ResponseOfficers != 0 || mix.Investigators != 0 || mix.Supervisors != 0)
        {
            var force = Force;
            var edited = force with { Response = force.Response with { Shifts = AddToBusiest(force.Response.Shifts, mix.ResponseOfficers) } };
            if (force.Investigation is { } investigation)
            {
                edited = edited with
                {
                    Investigation = investigation with
                    {
                        Investigators = investigation.Investigators + (mix.Investigators * investigatorStep),
                        Supervisors = investigation.Supervisors + (mix.Supervisors * supervisorStep),
                    },
                };
            }

            scenario = scenario with { Forces = [.. scenario.Forces.Select(f => ReferenceEquals(f, force) ? edited : f)] };
        }

        return scenario;
    }

    private ControlRoomSettings Room => baseline.ControlRooms[0];

    private ForceSettings Force => baseline.Forces[0];

    /// <summary>Index of the shift with the most staff (the first on a tie): where an extra person helps the most calls.</summary>
    private static int Busiest(IReadOnlyList<StaffShift> shifts) =>
        shifts.Select((s, i) => (s.Count, i)).OrderByDescending(p => p.Count).ThenBy(p => p.i).First().i;

    private static IReadOnlyList<StaffShift> AddToBusiest(IReadOnlyList<StaffShift> shifts, int extra)
    {
        if (extra == 0)
        {
            return shifts;
        }

        var busiest = Busiest(shifts);
        return [.. shifts.Select((s, i) => i == busiest ? s with { Count = s.Count + extra } : s)];
    }

    private string Describe(StaffRole role)
    {
        var c = CultureInfo.InvariantCulture;
        switch (role)
        {
            case StaffRole.CallHandler:
                var shift = Room.CallHandlers.Shifts[Busiest(Room.CallHandlers.Shifts)];
                return string.Format(c, "+1 call handler on the {0} shift ({1:0.#} h) of {2}", Name(shift), shift.Hours, Room.Id);
            case StaffRole.ResponseOfficer:
                var unit = Force.Response.Shifts[Busiest(Force.Response.Shifts)];
                return string.Format(c, "+1 unit of {0} officer(s) on the {1} response shift ({2:0.#} h) of {3}", Force.Response.CrewSize, Name(unit), unit.Hours, Force.Id);
            case StaffRole.Investigator:
                return string.Format(c, "+{0} investigator(s) in {1}", investigatorStep, Force.Id);
            default:
                return string.Format(c, "+{0} supervisor(s) in {1}", supervisorStep, Force.Id);
        }
    }

    private static string Name(StaffShift shift) => shift.Name.Length > 0 ? shift.Name : "busiest";

    /// <summary>Steps a cut may remove while leaving at least one person (or unit) where the step is taken from.</summary>
    private int MaxRemovable(StaffRole role) => role switch
    {
        StaffRole.CallHandler => Room.CallHandlers.Shifts[Busiest(Room.CallHandlers.Shifts)].Count - 1,
        StaffRole.ResponseOfficer => Force.Response.Shifts[Busiest(Force.Response.Shifts)].Count - 1,
        StaffRole.Investigator => (Force.Investigation!.Investigators - 1) / investigatorStep,
        _ => (Force.Investigation!.Supervisors - 1) / supervisorStep,
    };

    private static (double Fte, double Gbp) Costs(Scenario scenario, StaffRole role)
    {
        var rows = scenario.Forces.SelectMany(f => CostModel.ForForce(scenario, f)).Where(r => r.Role == role).ToList();
        return (rows.Sum(r => r.Fte), rows.Sum(r => r.AnnualGbp));
    }
}
