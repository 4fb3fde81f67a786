using ForceSim.Engine.Running;
using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.Mechanisms;

/// <summary>Victims who cross a border are recognised as repeat victims only where records are shared.</summary>
public sealed class BorderMechanismTests
{
    private const string Measure = "triage.cross_border_repeats_identified";

    [Fact]
    public async Task Sharing_records_between_control_rooms_identifies_repeat_victims_who_cross_the_border()
    {
        var separate = await ExperimentRunner.RunAsync(Region(sharedRoom: false, shared: false));
        var shared = await ExperimentRunner.RunAsync(Region(sharedRoom: false, shared: true));

        Assert.True(separate.Summary[Measure].N > 0);
        Assert.Equal(0, separate.Summary[Measure].Mean);
        PairedDifference.AssertIncreases(separate, shared, Measure);
        Assert.True(shared.Summary[Measure].Mean > 0.9, $"with every check done, shared records should find nearly all: {shared.Summary[Measure].Mean}");
    }

    [Fact]
    public async Task A_control_room_serving_two_forces_sees_the_other_force_s_history_only_when_records_are_shared()
    {
        var separate = await ExperimentRunner.RunAsync(Region(sharedRoom: true, shared: false));
        var shared = await ExperimentRunner.RunAsync(Region(sharedRoom: true, shared: true));

        Assert.Equal(0, separate.Summary[Measure].Mean);
        PairedDifference.AssertIncreases(separate, shared, Measure);
    }

    [Fact]
    public async Task Without_neighbours_no_victim_crosses_a_border()
    {
        var scenario = Region(sharedRoom: false, shared: true)
            .WithForces(f => f with { Neighbours = [], Victims = f.Victims with { CrossBorderShare = 0 } });
        var result = await ExperimentRunner.RunAsync(scenario);

        Assert.Null(result.Summary[Measure].Mean);
        Assert.True(result.Summary["triage.repeat_victims_identified"].Mean > 0.9);
    }

    [Fact]
    public void A_neighbour_that_is_not_a_force_is_reported_with_a_suggestion()
    {
        var loaded = ScenarioLoader.LoadText(Yaml(sharedRoom: false, shared: false).Replace("neighbours: [south]", "neighbours: [sooth]", StringComparison.Ordinal), "region.yaml");

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal("forces[0].neighbours[0]", problem.KeyPath);
        Assert.Contains("did you mean 'south'?", problem.Message, StringComparison.Ordinal);
    }

    private static Scenario Region(bool sharedRoom, bool shared) => TestScenarios.FromYaml(Yaml(sharedRoom, shared), "region.yaml");

    /// <summary>Two neighbouring forces whose victims often suffer repeat crimes across the border.</summary>
    private static string Yaml(bool sharedRoom, bool shared)
    {
        var rooms = sharedRoom
            ? Room("joint", shared)
            : Room("north_room", shared) + Room("south_room", shared);
        return $"""
            name: Two forces
            run: {"{"}seed: 11, replications: 3, warmup_days: 7, horizon_days: 120{"}"}
            control_rooms:
            {rooms}
            forces:
            {Force("north", sharedRoom ? "joint" : "north_room", "south")}
            {Force("south", sharedRoom ? "joint" : "south_room", "north")}
            """;
    }

    private static string Room(string id, bool shared) => $"""
          - id: {id}
            call_handlers: {"{"}unlimited: true{"}"}
            channels:
              non_emergency: {"{"}handle_minutes: {"{"}dist: constant, value: 0{"}"}{"}"}
            triage: {"{"}repeat_victim_check: {"{"}mandatory_for: {"{"}channels: [non_emergency]{"}"}{"}"}, shared_records: {(shared ? "true" : "false")}{"}"}

        """;

    private static string Force(string id, string room, string neighbour) => $"""
          - id: {id}
            control_room: {room}
            neighbours: [{neighbour}]
            demand: {"{"}annual_volume: {"{"}non_emergency: 20000{"}"}{"}"}
            incident_types:
              - id: domestic_abuse
                share: {"{"}non_emergency: 1{"}"}
                grade: priority
                crime: {"{"}probability: 0.6, class: violence{"}"}
                vulnerability: 0.7
                victim: 1
                on_scene_minutes: {"{"}dist: exponential, mean: 30{"}"}
            response:
              shifts: [{"{"}name: all, start_hour: 0, hours: 24, units: 40{"}"}]
            recording: {"{"}probability: {"{"}violence: 0.9{"}"}{"}"}
            victims:
              cross_border_share: 0.5
              repeat: {"{"}safeguarded: 0.5, not_safeguarded: 0.5, delay_days: {"{"}dist: exponential, mean: 10{"}"}{"}"}
        """;
}
