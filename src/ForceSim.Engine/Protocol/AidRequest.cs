namespace ForceSim.Engine.Protocol;

/// <summary>Control room → control room: a force short of units asks a neighbouring force to lend some.</summary>
public sealed record AidRequest : Message
{
    public required int Borrower { get; init; }

    public required int Lender { get; init; }

    public required int Units { get; init; }

    public required double Hours { get; init; }
}
