namespace ForceSim.Model.Scenarios;

/// <summary>YAML: an item of <c>control_rooms</c>. Answers contacts for one or more forces and dispatches their units.</summary>
public sealed record ControlRoomSettings
{
    /// <summary><c>id</c>: lower-case identifier, unique among control rooms.</summary>
    public required string Id { get; init; }

    /// <summary><c>name</c>: display name (defaults to the id).</summary>
    public string Name { get; init; } = "";

    /// <summary><c>call_handlers</c>.</summary>
    public required CallHandlerSettings CallHandlers { get; init; }

    /// <summary><c>channels</c>: keys <c>emergency</c>, <c>non_emergency</c>, <c>online</c>; a force's demand on a channel needs it here.</summary>
    public required IReadOnlyDictionary<Channel, ChannelSettings> Channels { get; init; }

    /// <summary><c>triage</c>.</summary>
    public TriagePolicy Triage { get; init; } = new();
}
