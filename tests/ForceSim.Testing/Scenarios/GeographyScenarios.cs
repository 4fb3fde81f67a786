using ForceSim.Model.Scenarios;

namespace ForceSim.Testing.Scenarios;

/// <summary>Scenarios with places: a force of two districts with a travel matrix, and any force restated as one place.</summary>
public static class GeographyScenarios
{
    /// <summary>
    /// A town (urban, 70% of demand, a station with 3 units a shift) and a rural village district (30%, a station with
    /// 2 units a shift); 25 minutes between them, 5 within the town and 8 within the village, slower 07:00-10:00.
    /// 60 days after a 7-day warm-up, two replications. Every value is assumed (a test value, not a calibration).
    /// </summary>
    public static Scenario Districts() => TestScenarios.FromYaml(DistrictsYaml, "districts.yaml");

    /// <summary>
    /// The force <paramref name="forceId"/> of <paramref name="scenario"/> written as one area (no setting, so incidents are
    /// urban or rural by <c>travel.urban_share</c> as before) with one station and no matrix.
    /// </summary>
    public static Scenario AsOnePlace(this Scenario scenario, string forceId) =>
        scenario.WithForce(forceId, force => force with
        {
            Geography = new GeographySettings
            {
                Areas = [new AreaSettings { Id = "everywhere", DemandShare = new Dictionary<Channel, double> { [Channel.Emergency] = 1, [Channel.NonEmergency] = 1, [Channel.Online] = 1 } }],
                Stations = [new StationSettings { Id = "hq", Area = "everywhere" }],
            },
        });

    private const string DistrictsYaml = """
        name: Two districts
        run: {seed: 11, replications: 2, warmup_days: 7, horizon_days: 60, window_minutes: 60}
        control_rooms:
          - id: room
            call_handlers: {unlimited: true}
            channels:
              emergency: {handle_minutes: {dist: constant, value: 3}}
        forces:
          - id: shire
            control_room: room
            demand: {annual_volume: {emergency: 12000}}
            incident_types:
              - id: disturbance
                share: {emergency: 1}
                grade: emergency
                on_scene_minutes: {dist: exponential, mean: 60}
            grades: {emergency: {urban_minutes: 15, rural_minutes: 20}}
            response:
              shifts:
                - {name: day, start_hour: 7, hours: 12, units: 5, stations: {town_station: 3, village_station: 2}}
                - {name: night, start_hour: 19, hours: 12, units: 5, stations: {town_station: 3, village_station: 2}}
              after_clearing: return_to_station
            geography:
              areas:
                - {id: town, name: Town, population: 80000, setting: urban, demand_share: 0.7}
                - {id: village, name: Village district, population: 30000, setting: rural, demand_share: 0.3}
              stations:
                - {id: town_station, name: Town, area: town}
                - {id: village_station, name: Village, area: village}
            travel:
              model: matrix
              mobilise_minutes: 1
              matrix:
                areas: [town, village]
                minutes:
                  - [5, 25]
                  - [25, 8]
                bands:
                  - {from_hour: 7, to_hour: 10, factor: 1.2}
                variability: {dist: lognormal, mean: 1, sd: 0.2}
        """;
}
