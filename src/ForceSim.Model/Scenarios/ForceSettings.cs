namespace ForceSim.Model.Scenarios;

/// <summary>YAML: an item of <c>forces</c>: a territorial police force with its demand and its own resources.</summary>
public sealed record ForceSettings
{
    /// <summary><c>id</c>: lower-case identifier, unique among forces.</summary>
    public required string Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary><c>region</c>: the mutual-aid region the force belongs to, for grouping in reports; empty when not given. Never changes results.</summary>
    public string Region { get; init; } = "";

    /// <summary><c>control_room</c>: id of the control room that answers and dispatches for this force.</summary>
    public required string ControlRoom { get; init; }

    public required DemandSettings Demand { get; init; }

    /// <summary><c>incident_types</c>: at least one.</summary>
    public required IReadOnlyList<IncidentType> IncidentTypes { get; init; }

    public GradeTargets Grades { get; init; } = new();

    public required ResponseSettings Response { get; init; }

    public TravelSettings Travel { get; init; } = new();

    public RecordingSettings Recording { get; init; } = new();

    /// <summary><c>investigation</c>: absent means recorded crimes are counted but not investigated.</summary>
    public InvestigationSettings? Investigation { get; init; }

    public VictimSettings Victims { get; init; } = new();

    /// <summary><c>neighbours</c>: ids of neighbouring forces, where victims may be victimised again and call that force.</summary>
    public IReadOnlyList<string> Neighbours { get; init; } = [];

    /// <summary><c>mutual_aid</c>: absent means the force neither borrows nor lends units.</summary>
    public MutualAidSettings? MutualAid { get; init; }

    /// <summary><c>geography</c>: areas and stations; absent means the force is one place.</summary>
    public GeographySettings? Geography { get; init; }
}
