using ForceSim.Experiments.Cad;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Tests.Cad;

/// <summary>
/// A force whose truth is known, exported for a year and imported again (once per test class). Every value is a test
/// value (assumed). Call handling is unlimited (no caller abandons) and no incident has an identifiable victim (no
/// repeat calls), so every incident the extract holds is one the demand settings created; units are plentiful, so
/// every non-resolution incident is attended and its on-scene time observed. Three areas (one station) label incidents.
/// </summary>
public sealed class RoundTripWorld : IDisposable
{
    public static readonly IReadOnlyDictionary<Channel, double> Volumes = new Dictionary<Channel, double>
    {
        [Channel.Emergency] = 12000,
        [Channel.NonEmergency] = 18000,
        [Channel.Online] = 6000,
    };

    public static readonly double[] HourOfDay = [0.5, 0.4, 0.35, 0.3, 0.3, 0.35, 0.5, 0.8, 1.0, 1.1, 1.2, 1.2, 1.25, 1.3, 1.35, 1.4, 1.5, 1.5, 1.45, 1.4, 1.3, 1.1, 0.9, 0.7];

    public static readonly double[] DayOfWeek = [1.0, 0.95, 0.95, 1.0, 1.1, 1.2, 0.9];

    public static readonly double[] Month = [0.9, 0.85, 0.95, 1.0, 1.05, 1.1, 1.15, 1.1, 1.0, 1.0, 0.95, 0.95];

    /// <summary>Each type's share of each channel (emergency, non-emergency, online), grade and on-scene mean and sd.</summary>
    public static readonly IReadOnlyList<(string Id, double[] Shares, Grade Grade, string Family, double Mean, double Sd)> Types =
    [
        ("assault", [0.5, 0.2, 0.1], Grade.Emergency, "gamma", 45, 45 / Math.Sqrt(2)),
        ("burglary", [0.2, 0.3, 0.5], Grade.Priority, "lognormal", 60, 40),
        ("asb", [0.3, 0.5, 0.4], Grade.Scheduled, "exponential", 30, 30),
    ];

    /// <summary>Each area's share of every channel's incidents.</summary>
    public static readonly IReadOnlyList<(string Id, double Share)> Areas = [("north", 0.5), ("south", 0.3), ("fens", 0.2)];

    private const string Yaml = """
        name: CAD round trip (test values, assumed)
        run: {seed: 11, replications: 1, warmup_days: 7, horizon_days: 365, window_minutes: 60, start_date: 2023-01-02}
        control_rooms:
          - id: room
            call_handlers: {unlimited: true}
            channels:
              emergency: {handle_minutes: {dist: constant, value: 3}}
              non_emergency: {handle_minutes: {dist: constant, value: 5}}
              online: {handle_minutes: {dist: constant, value: 10}}
        forces:
          - id: testshire
            control_room: room
            demand:
              annual_volume: {emergency: 12000, non_emergency: 18000, online: 6000}
              hour_of_day: [0.5, 0.4, 0.35, 0.3, 0.3, 0.35, 0.5, 0.8, 1.0, 1.1, 1.2, 1.2, 1.25, 1.3, 1.35, 1.4, 1.5, 1.5, 1.45, 1.4, 1.3, 1.1, 0.9, 0.7]
              day_of_week: [1.0, 0.95, 0.95, 1.0, 1.1, 1.2, 0.9]
              month: [0.9, 0.85, 0.95, 1.0, 1.05, 1.1, 1.15, 1.1, 1.0, 1.0, 0.95, 0.95]
            incident_types:
              - {id: assault, share: {emergency: 0.5, non_emergency: 0.2, online: 0.1}, grade: emergency, victim: 0, on_scene_minutes: {dist: gamma, mean: 45, shape: 2}}
              - {id: burglary, share: {emergency: 0.2, non_emergency: 0.3, online: 0.5}, grade: priority, victim: 0, on_scene_minutes: {dist: lognormal, mean: 60, sd: 40}}
              - {id: asb, share: {emergency: 0.3, non_emergency: 0.5, online: 0.4}, grade: scheduled, victim: 0, on_scene_minutes: {dist: exponential, mean: 30}}
            response:
              shifts: [{name: all day, start_hour: 0, hours: 24, units: 40}]
            geography:
              areas:
                - {id: north, demand_share: 0.5}
                - {id: south, demand_share: 0.3}
                - {id: fens, demand_share: 0.2}
              stations:
                - {id: hq, area: north}
        """;

    private readonly TempFolder _folder = new();

    public RoundTripWorld()
    {
        ScenarioPath = _folder.Write("round-trip.yaml", Yaml);
        ExtractPath = _folder["extract.csv"];
        FragmentPath = _folder["fragment.yaml"];
        Export = CadExportService.Export(new CadExportRequest { ScenarioPath = ScenarioPath, OutputPath = ExtractPath });
        Import = CadImportService.Import(new CadImportRequest { ExtractPath = ExtractPath, ForceId = "testshire", OutputPath = FragmentPath });
    }

    public string ScenarioPath { get; }

    public string ExtractPath { get; }

    public string FragmentPath { get; }

    public CadExportResult Export { get; }

    public CadImportResult Import { get; }

    public void Dispose() => _folder.Dispose();
}
