using ForceSim.Engine.Running;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.Mechanisms;

/// <summary>A force short of units borrows from a neighbour with units to spare, across control rooms.</summary>
public sealed class MutualAidMechanismTests
{
    [Fact]
    public async Task Borrowing_units_from_a_neighbour_raises_the_short_force_s_attendance_within_target()
    {
        var without = await ExperimentRunner.RunAsync(Region(aid: false));
        var with = await ExperimentRunner.RunAsync(Region(aid: true));

        Assert.True(with.ForceSummaries["north"]["response.mutual_aid_units_borrowed_per_year"].Mean > 0);
        Assert.True(with.ForceSummaries["south"]["response.mutual_aid_units_lent_per_year"].Mean > 0);
        Assert.Equal(0, without.ForceSummaries["north"]["response.mutual_aid_units_borrowed_per_year"].Mean);
        var north = PairedDifference.OfForce(without, with, "north", "response.attendance_within_target");
        Assert.True(north.Lower > 0, $"north's attendance should rise: {north.Mean} [{north.Lower}, {north.Upper}]");
    }

    [Fact]
    public async Task A_neighbour_without_mutual_aid_settings_lends_nothing()
    {
        var scenario = Region(aid: true).WithForce("south", f => f with { MutualAid = null });
        var result = await ExperimentRunner.RunAsync(scenario);

        Assert.True(result.ForceSummaries["north"]["response.mutual_aid_requests_per_year"].Mean > 0);
        Assert.Equal(0, result.ForceSummaries["north"]["response.mutual_aid_units_borrowed_per_year"].Mean);
    }

    private static Scenario Region(bool aid) => TestScenarios.FromYaml(Yaml(aid), "aid.yaml");

    private static string Yaml(bool aid) => $"""
        name: Mutual aid
        run: {"{"}seed: 5, replications: 4, warmup_days: 3, horizon_days: 45{"}"}
        control_rooms:
        {Room("north_room")}
        {Room("south_room")}
        forces:
        {Force("north", "north_room", "south", units: 9, aid)}
        {Force("south", "south_room", "north", units: 30, aid)}
        """;

    private static string Room(string id) => $"""
          - id: {id}
            call_handlers: {"{"}unlimited: true{"}"}
            channels:
              emergency: {"{"}handle_minutes: {"{"}dist: constant, value: 0{"}"}{"}"}
        """;

    private static string Force(string id, string room, string neighbour, int units, bool aid) => $"""
          - id: {id}
            control_room: {room}
            neighbours: [{neighbour}]
            demand: {"{"}annual_volume: {"{"}emergency: 60000{"}"}{"}"}
            incident_types:
              - {"{"}id: urgent, share: {"{"}emergency: 0.4{"}"}, grade: emergency, on_scene_minutes: {"{"}dist: exponential, mean: 60{"}"}{"}"}
              - {"{"}id: soon, share: {"{"}emergency: 0.6{"}"}, grade: priority, on_scene_minutes: {"{"}dist: exponential, mean: 60{"}"}{"}"}
            travel: {"{"}model: distribution, minutes: {"{"}dist: constant, value: 8{"}"}{"}"}
            response:
              shifts: [{"{"}name: all, start_hour: 0, hours: 24, units: {units}{"}"}]
        {(aid ? "    mutual_aid: {request_when_waiting: 3, lend_when_free: 4, units: 3, hours: 3, extra_travel_minutes: 10}" : "")}
        """;
}
