namespace ForceSim.Model.Scenarios;

/// <summary>
/// YAML: <c>demand</c>. Annual volumes per channel shaped by hour-of-day, day-of-week and month factors;
/// each factor list is normalised to mean 1, so the annual volume is kept.
/// </summary>
public sealed record DemandSettings
{
    /// <summary><c>annual_volume</c> per channel: <c>emergency</c>, <c>non_emergency</c>, <c>online</c>; 0..10,000,000.</summary>
    public required IReadOnlyDictionary<Channel, double> AnnualVolume { get; init; }

    /// <summary><c>hour_of_day</c>: 24 non-negative factors, or empty for flat.</summary>
    public IReadOnlyList<double> HourOfDay { get; init; } = [];

    /// <summary><c>day_of_week</c>: 7 non-negative factors Monday..Sunday, or empty for flat.</summary>
    public IReadOnlyList<double> DayOfWeek { get; init; } = [];

    /// <summary>
    /// <c>hour_of_week</c>: 168 non-negative factors from Monday 00:00, or empty. An alternative to
    /// <c>hour_of_day</c> × <c>day_of_week</c> when the weekly pattern is not a product of the two.
    /// </summary>
    public IReadOnlyList<double> HourOfWeek { get; init; } = [];

    /// <summary><c>month</c>: 12 non-negative factors January..December, or empty for flat.</summary>
    public IReadOnlyList<double> Month { get; init; } = [];
}
