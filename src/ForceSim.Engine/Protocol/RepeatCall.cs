using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Protocol;

/// <summary>Victim → control room: a repeat victimisation the victim chose to report.</summary>
public sealed record RepeatCall : Message
{
    public required long VictimId { get; init; }

    public required int Force { get; init; }

    public required int IncidentType { get; init; }

    public required Channel Channel { get; init; }

    public required bool Vulnerable { get; init; }

    /// <summary>Contacts this victim has truly made before (the control room may or may not find them).</summary>
    public required int PriorContacts { get; init; }
}
