using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Loading;

/// <summary>Binds a force's <c>travel</c> settings.</summary>
internal static class TravelBinder
{
    public static TravelSettings Bind(MappingReader reader)
    {
        var defaults = new TravelSettings();
        return new TravelSettings
        {
            Model = reader.Choice("model", defaults.Model, ScenarioNames.TravelModels),
            Minutes = DistributionBinder.Optional(reader, "minutes", defaults.Minutes),
            AreaKm2 = reader.Number("area_km2", defaults.AreaKm2, NumberRange.Between(1, 100_000)),
            UrbanShare = reader.Number("urban_share", defaults.UrbanShare, NumberRange.Probability),
            K = reader.Number("k", defaults.K, NumberRange.Between(0.3, 1.5)),
            UrbanSpeedKmh = reader.Number("urban_speed_kmh", defaults.UrbanSpeedKmh, NumberRange.Between(5, 150)),
            RuralSpeedKmh = reader.Number("rural_speed_kmh", defaults.RuralSpeedKmh, NumberRange.Between(5, 150)),
            UrbanAreaShare = reader.Number("urban_area_share", defaults.UrbanAreaShare, NumberRange.Between(0.01, 1)),
            MobiliseMinutes = reader.Number("mobilise_minutes", defaults.MobiliseMinutes, NumberRange.Between(0, 60)),
            Matrix = reader.Mapping("matrix") is { } matrix ? TravelMatrixBinder.Bind(matrix) : null,
        };
    }
}
