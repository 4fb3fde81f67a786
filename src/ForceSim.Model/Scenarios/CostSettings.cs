namespace ForceSim.Model.Scenarios;

/// <summary>YAML: <c>costs</c>: pay per role and how staffed hours become full-time equivalents.</summary>
public sealed record CostSettings
{
    /// <summary><c>productive_hours_per_fte</c>: hours a year one FTE is on duty after leave and training, 1000..2200.</summary>
    public double ProductiveHoursPerFte { get; init; } = 1650;

    /// <summary><c>roles</c>: <c>call_handler</c>, <c>response_officer</c>, <c>investigator</c>, <c>supervisor</c>.</summary>
    public IReadOnlyDictionary<StaffRole, RoleCost> Roles { get; init; } = new Dictionary<StaffRole, RoleCost>();
}
