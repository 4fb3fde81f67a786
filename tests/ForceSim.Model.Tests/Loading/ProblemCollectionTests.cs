using ForceSim.Model.Loading;

namespace ForceSim.Model.Tests.Loading;

public class ProblemCollectionTests
{
    [Fact]
    public void Multiple_problems_are_all_reported_in_file_order()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "  replications: 5", "  replicatons: 5");
        yaml = TestScenarios.Edit(yaml, "horizon_days: 30", "horizon_days: 0");
        yaml = TestScenarios.Edit(yaml, "control_room: north-cr", "control_room: south-cr");
        yaml = TestScenarios.Edit(yaml, "grade: emergency", "grade: urgent");
        yaml = TestScenarios.Edit(yaml, "vulnerability: 0.3", "vulnerability: 1.4");
        yaml = TestScenarios.Edit(yaml, "{start_hour: 7, hours: 10, units: 20}", "{start_hour: 7, hours: 30, units: 20}");

        var result = TestScenarios.Load(yaml);

        Assert.Null(result.Scenario);
        Assert.Equal(
            [
                "run.replicatons",
                "run.horizon_days",
                "forces[0].control_room",
                "forces[0].incident_types[0].grade",
                "forces[0].incident_types[0].vulnerability",
                "forces[0].response.shifts[0].hours",
            ],
            result.Problems.Select(p => p.KeyPath));
        Assert.Equal(result.Problems.Select(p => p.Line).Order(), result.Problems.Select(p => p.Line));
    }

    [Fact]
    public void Problems_in_different_sections_do_not_hide_each_other()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "        handle_minutes: {dist: gamma, mean: 8, shape: 2}", "        handle_minutes: {dist: gamma, mean: 8, shape: -2}");
        yaml += "costs:\n  productive_hours_per_fte: 100\n";

        var problems = TestScenarios.Load(yaml).Problems;

        Assert.Equal(
            ["control_rooms[0].channels.non_emergency.handle_minutes.shape", "costs.productive_hours_per_fte"],
            problems.Select(p => p.KeyPath));
        Assert.Equal("must be a number from 1000 to 2200 (got 100)", problems[1].Message);
    }

    [Fact]
    public void Problem_prints_as_file_line_column_path_and_message()
    {
        var problem = new ScenarioProblem("s.yaml", 12, 7, "forces[0].incident_types[2].on_scene_minutes.mean", "must be a number greater than 0 (got 0)");

        Assert.Equal("s.yaml:12:7: forces[0].incident_types[2].on_scene_minutes.mean: must be a number greater than 0 (got 0)", problem.ToString());
    }

    [Fact]
    public void Binding_a_prepared_node_tree_gives_the_same_result_as_loading_text()
    {
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(TestScenarios.Minimal));

        var fromNodes = ScenarioLoader.Bind(stream.Documents[0].RootNode, TestScenarios.FileName);
        var fromText = TestScenarios.Load(TestScenarios.Minimal);

        Assert.True(fromNodes.IsValid);
        Assert.Equal(fromText.Scenario!.Run, fromNodes.Scenario!.Run);
        Assert.Equal(fromText.Scenario.Forces[0].IncidentTypes[0].OnSceneMinutes, fromNodes.Scenario.Forces[0].IncidentTypes[0].OnSceneMinutes);
        Assert.Equal(fromText.Scenario.ControlRooms[0].CallHandlers.Shifts, fromNodes.Scenario.ControlRooms[0].CallHandlers.Shifts);
    }
}
