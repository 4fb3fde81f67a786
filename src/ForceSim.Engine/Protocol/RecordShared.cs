namespace ForceSim.Engine.Protocol;

/// <summary>Control room → control room: a contact by this victim is now on the shared records system.</summary>
public sealed record RecordShared : Message
{
    public required long VictimId { get; init; }
}
