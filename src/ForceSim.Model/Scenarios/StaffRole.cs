namespace ForceSim.Model.Scenarios;

/// <summary>Roles that cost money in the model.</summary>
public enum StaffRole
{
    CallHandler,
    ResponseOfficer,
    Investigator,
    Supervisor,
}
