namespace ForceSim.Model.Assumptions;

/// <summary>
/// An assumptions file (e.g. <c>scenarios/assumptions/cambridgeshire-2022.yaml</c>): the assumed parameters of a scenario
/// with their plausible ranges, shared by <c>forcesim sensitivity</c> and calibration.
/// </summary>
public sealed record AssumptionSet
{
    public required string Name { get; init; }

    /// <summary>The file it was read from.</summary>
    public required string SourcePath { get; init; }

    /// <summary>In the file's order; each path appears once.</summary>
    public required IReadOnlyList<AssumedParameter> Parameters { get; init; }
}
