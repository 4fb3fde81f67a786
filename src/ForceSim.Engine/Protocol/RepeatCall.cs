using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Protocol;

/// <summary>Victim → control room: a repeat victimisation the victim chose to report.</summary>
public sealed record RepeatCall : Message
{
    public required long VictimId { get; init; }

    public required int Force { get; init; }

    /// <summary>The force of the victim's previous contact; differs from <see cref="Force"/> when the victim crossed a border.</summary>
    public int LastForce { get; init; }

    public required int IncidentType { get; init; }

    public required Channel Channel { get; init; }

    public required bool Vulnerable { get; init; }

    /// <summary>Contacts this victim has truly made before (the control room may or may not find them).</summary>
    public required int PriorContacts { get; init; }
}
