namespace ForceSim.Model.Scenarios;

/// <summary>YAML: an item of <c>geography.stations</c>: a response base, <c>{id, name, area}</c>.</summary>
public sealed record StationSettings
{
    public required string Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary><c>area</c>: id of the area the station stands in.</summary>
    public required string Area { get; init; }
}
