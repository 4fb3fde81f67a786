using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Tests.Loading;

public sealed class TemplateTests
{
    /// <summary>Two forces and two control rooms that write only what differs from their templates.</summary>
    private const string Templated = """
        name: Templated forces
        run: {replications: 2, horizon_days: 5, warmup_days: 1}
        control_room_template:
          call_handlers:
            abstraction_rate: 0.1
            shifts:
              - {start_hour: 7, hours: 12, staff: 10}
              - {start_hour: 19, hours: 12, staff: 6}
          channels:
            emergency:
              handle_minutes: {dist: lognormal, mean: 6, sd: 3}
        force_template:
          demand:
            annual_volume: {emergency: 100000}
            day_of_week: [1, 1, 1, 1, 1.1, 1.1, 0.9]
          incident_types:
            - id: assault
              share: {emergency: 1}
              grade: emergency
              crime: {probability: 0.9, class: violence}
              on_scene_minutes: {dist: lognormal, mean: 90, sd: 60}
          response:
            shifts:
              - {start_hour: 7, hours: 12, units: 20}
              - {start_hour: 19, hours: 12, units: 15}
          recording:
            probability: {violence: 0.9}
          investigation:
            investigators: 100
            supervisors: 12
        control_rooms:
          - id: north-cr
          - id: south-cr
            call_handlers:
              shifts:
                - {start_hour: 0, hours: 24, staff: 4}
        forces:
          - id: northshire
            region: north
            control_room: north-cr
          - id: southshire
            control_room: south-cr
            demand:
              annual_volume: {emergency: 50000}
            investigation:
              investigators: 40
        """;

    [Fact]
    public void Forces_inherit_the_template_and_override_only_what_they_write()
    {
        var scenario = Valid(TestScenarios.Load(Templated));

        var north = scenario.Forces[0];
        var south = scenario.Forces[1];
        Assert.Equal(100000, north.Demand.AnnualVolume[Channel.Emergency]);
        Assert.Equal(50000, south.Demand.AnnualVolume[Channel.Emergency]);
        Assert.Equal(1.1, south.Demand.DayOfWeek[4]);
        Assert.Equal("assault", Assert.Single(south.IncidentTypes).Id);
        Assert.Equal(100, north.Investigation!.Investigators);
        Assert.Equal(40, south.Investigation!.Investigators);
        Assert.Equal(12, south.Investigation.Supervisors);
        Assert.Equal("north", north.Region);
        Assert.Equal("", south.Region);
    }

    [Fact]
    public void Control_rooms_inherit_their_template_and_a_list_in_an_item_replaces_the_templates_list()
    {
        var scenario = Valid(TestScenarios.Load(Templated));

        Assert.Equal(2, scenario.ControlRooms[0].CallHandlers.Shifts.Count);
        Assert.Equal(4, Assert.Single(scenario.ControlRooms[1].CallHandlers.Shifts).Count);
        Assert.Equal(0.1, scenario.ControlRooms[1].CallHandlers.AbstractionRate);
    }

    [Fact]
    public void A_set_option_changes_one_force_even_where_its_value_comes_from_the_template()
    {
        var scenario = Valid(TestScenarios.Load(Templated, ["forces.northshire.investigation.supervisors=+3"]));

        Assert.Equal(15, scenario.Forces[0].Investigation!.Supervisors);
        Assert.Equal(12, scenario.Forces[1].Investigation!.Supervisors);
    }

    [Fact]
    public void A_template_holding_an_id_is_a_problem_at_that_key()
    {
        var yaml = TestScenarios.Edit(Templated, "force_template:\n", "force_template:\n  id: everyone\n");

        var problem = Assert.Single(TestScenarios.Load(yaml).Problems, p => p.KeyPath == "force_template.id");

        Assert.Equal("a template cannot hold 'id': each item names its own", problem.Message);
        Assert.Equal(TestScenarios.LineOf(yaml, "id: everyone"), problem.Line);
    }

    [Fact]
    public void A_template_that_is_not_a_mapping_is_a_problem()
    {
        var yaml = TestScenarios.Edit(Templated, "control_room_template:\n", "control_room_template: everything\nunused:\n");

        var problems = TestScenarios.Load(yaml).Problems;

        Assert.Contains(problems, p => p.KeyPath == "control_room_template" && p.Message.StartsWith("must be a mapping", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_key_in_the_template_is_reported_at_its_line_in_the_template()
    {
        var yaml = TestScenarios.Edit(Templated, "    supervisors: 12\n", "    supervisors: 12\n    supervisers: 3\n");

        var problems = TestScenarios.Load(yaml).Problems;

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal(TestScenarios.LineOf(yaml, "supervisers: 3"), p.Line));
        Assert.Contains(problems, p => p.KeyPath == "forces[0].investigation.supervisers" && p.Message.Contains("did you mean 'supervisors'", StringComparison.Ordinal));
    }

    private static Scenario Valid(ScenarioLoadResult result)
    {
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Scenario!;
    }
}
