namespace ForceSim.Model.Scenarios;

/// <summary>YAML: an item of <c>travel.matrix.bands</c>: <c>{from_hour, to_hour, factor}</c>, hours of the day 0..24.</summary>
public sealed record TravelBand
{
    public int FromHour { get; init; }

    public int ToHour { get; init; }

    /// <summary><c>factor</c>: multiplies the expected minutes of journeys that start in the band, 0.1..10.</summary>
    public double Factor { get; init; } = 1;
}
