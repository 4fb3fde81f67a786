namespace ForceSim.Engine.Protocol;

/// <summary>Investigation → victim: an update that was due (delivered or missed), or the case's outcome.</summary>
public sealed record InvestigationUpdate : Message
{
    public required long CrimeId { get; init; }

    public required InvestigationUpdateKind Kind { get; init; }

    public required double At { get; init; }
}
