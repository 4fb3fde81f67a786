namespace ForceSim.Model.Scenarios;

/// <summary>YAML: an item of <c>geography.areas</c>: a district or neighbourhood where incidents arise.</summary>
public sealed record AreaSettings
{
    /// <summary><c>id</c>: lower-case identifier, unique in the force.</summary>
    public required string Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary><c>population</c>: residents, for reporting, 0..100,000,000.</summary>
    public double Population { get; init; }

    /// <summary>
    /// <c>setting</c>: urban or rural, which picks the area's emergency target. Absent, each incident is urban or
    /// rural by <c>travel.urban_share</c>, as in a force without geography.
    /// </summary>
    public AreaSetting? Setting { get; init; }

    /// <summary><c>demand_share</c>: the area's share of the force's incidents on each channel, 0..1.</summary>
    public required IReadOnlyDictionary<Channel, double> DemandShare { get; init; }
}
