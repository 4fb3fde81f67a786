using ForceSim.Model.Distributions;

namespace ForceSim.Model.Scenarios;

/// <summary>YAML: <c>travel.matrix</c>: expected driving minutes between a force's areas, for <c>model: matrix</c>.</summary>
public sealed record TravelMatrix
{
    /// <summary><c>areas</c>: the order of rows and columns; every area of the geography exactly once.</summary>
    public required IReadOnlyList<string> Areas { get; init; }

    /// <summary><c>minutes</c>: row = the area a unit is in, column = the incident's area; 0..1440 each.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> Minutes { get; init; }

    /// <summary><c>bands</c>: multipliers on expected minutes by time of day (rush hours, night).</summary>
    public IReadOnlyList<TravelBand> Bands { get; init; } = [];

    /// <summary><c>variability</c>: a multiplicative factor drawn for each journey, mean about 1; constant 1 by default.</summary>
    public Distribution Variability { get; init; } = Distribution.Constant(1);
}
