using ForceSim.Model.Distributions;

namespace ForceSim.Model.Scenarios;

/// <summary>YAML: <c>travel</c>.</summary>
public sealed record TravelSettings
{
    /// <summary><c>model</c>: <c>square_root</c>, <c>distribution</c> or <c>matrix</c>.</summary>
    public TravelModel Model { get; init; } = TravelModel.Distribution;

    /// <summary><c>minutes</c>: travel-time distribution when <c>model: distribution</c>.</summary>
    public Distribution Minutes { get; init; } = Distribution.Constant(0);

    /// <summary><c>area_km2</c>: force area, 1..100000.</summary>
    public double AreaKm2 { get; init; } = 1000;

    /// <summary><c>urban_share</c>: share of incidents in urban areas, 0..1 (also picks the emergency target).</summary>
    public double UrbanShare { get; init; } = 0.5;

    /// <summary><c>k</c>: square-root-law constant, 0.3..1.5 (0.5 straight line, 0.63 grid streets).</summary>
    public double K { get; init; } = 0.63;

    /// <summary><c>urban_speed_kmh</c>, 5..150.</summary>
    public double UrbanSpeedKmh { get; init; } = 35;

    /// <summary><c>rural_speed_kmh</c>, 5..150.</summary>
    public double RuralSpeedKmh { get; init; } = 60;

    /// <summary><c>urban_area_share</c>: share of the force area that is urban, 0.01..1.</summary>
    public double UrbanAreaShare { get; init; } = 0.1;

    /// <summary><c>mobilise_minutes</c>: time from dispatch to setting off, 0..60.</summary>
    public double MobiliseMinutes { get; init; }

    /// <summary><c>matrix</c>: minutes between areas when <c>model: matrix</c>.</summary>
    public TravelMatrix? Matrix { get; init; }
}
