using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Budgeting;

/// <summary>Steps bought (positive) or cut (negative) per role, relative to the base scenario.</summary>
public readonly record struct StaffMix(int CallHandlers, int ResponseOfficers, int Investigators, int Supervisors)
{
    public static StaffMix None => default;

    public int this[StaffRole role] => role switch
    {
        StaffRole.CallHandler => CallHandlers,
        StaffRole.ResponseOfficer => ResponseOfficers,
        StaffRole.Investigator => Investigators,
        _ => Supervisors,
    };

    public StaffMix Plus(StaffRole role, int steps) => role switch
    {
        StaffRole.CallHandler => this with { CallHandlers = CallHandlers + steps },
        StaffRole.ResponseOfficer => this with { ResponseOfficers = ResponseOfficers + steps },
        StaffRole.Investigator => this with { Investigators = Investigators + steps },
        _ => this with { Supervisors = Supervisors + steps },
    };

    public override string ToString() =>
        $"call_handler {CallHandlers:+0;-0;0}, response_officer {ResponseOfficers:+0;-0;0}, investigator {Investigators:+0;-0;0}, supervisor {Supervisors:+0;-0;0}";
}
