namespace ForceSim.Engine.Protocol;

/// <summary>Control room → control room: units lent to a neighbouring force until <see cref="Until"/> (zero when refused).</summary>
public sealed record AidGranted : Message
{
    public required int Borrower { get; init; }

    public required int Units { get; init; }

    public required double Until { get; init; }
}
