namespace ForceSim.Engine.Protocol;

/// <summary>Control room → investigation: a recorded crime to allocate at the next allocation point.</summary>
public sealed record CrimeReferral : Message
{
    public required long CrimeId { get; init; }

    public required long VictimId { get; init; }

    public required string CrimeClass { get; init; }

    public required bool Vulnerable { get; init; }

    public required double RecordedAt { get; init; }
}
