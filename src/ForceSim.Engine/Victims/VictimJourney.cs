namespace ForceSim.Engine.Victims;

/// <summary>A victim as a user asks about them: who, how they feel about police now, and every step so far.</summary>
public sealed record VictimJourney
{
    public required long Id { get; init; }

    public required string Force { get; init; }

    public required bool Vulnerable { get; init; }

    public required int Contacts { get; init; }

    public required double Confidence { get; init; }

    public required IReadOnlyList<JourneyStep> Steps { get; init; }
}
