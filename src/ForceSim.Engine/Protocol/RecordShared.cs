namespace ForceSim.Engine.Protocol;

/// <summary>Control room → control room: a contact by this victim (or a crime against them) is now on the shared records system.</summary>
public sealed record RecordShared : Message
{
    public required long VictimId { get; init; }

    /// <summary>Whether the record is a recorded crime rather than an incident log.</summary>
    public bool CrimeRecord { get; init; }
}
