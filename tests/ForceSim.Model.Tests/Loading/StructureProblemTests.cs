namespace ForceSim.Model.Tests.Loading;

public class StructureProblemTests
{
    [Fact]
    public void Missing_required_key_names_the_parent_path_and_its_line()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "    control_room: north-cr\n", "");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "id: northshire", "forces[0]", "missing required key 'control_room'");
    }

    [Fact]
    public void Missing_required_top_level_key_is_reported_at_the_document_start()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "name: Minimal test scenario\n", "");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("", problem.KeyPath);
        Assert.Equal("missing required key 'name'", problem.Message);
        Assert.Equal((1, 1), (problem.Line, problem.Column));
        Assert.Equal("test.yaml:1:1: missing required key 'name'", problem.ToString());
    }

    [Fact]
    public void Duplicate_key_is_reported_and_the_first_value_kept_for_further_checks()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "  horizon_days: 30\n", "  horizon_days: 30\n  horizon_days: 60\n");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "horizon_days: 60", "run.horizon_days",
            $"duplicate key 'horizon_days' (first given on line {TestScenarios.LineOf(yaml, "horizon_days: 30")}); each key may appear once in a mapping");
    }

    [Fact]
    public void Duplicate_keys_with_nested_values_are_all_reported_and_the_repeats_ignored()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "    recording:\n", "    travel: {model: distribution}\n    travel:\n      model: square_root\n      k: 99\n    recording:\n");
        yaml = TestScenarios.Edit(yaml, "  seed: 42\n", "  seed: 42\n  seed: [43]\n");

        var result = TestScenarios.Load(yaml);

        Assert.Collection(
            result.Problems,
            p => Assert.Equal(("run.seed", TestScenarios.LineOf(yaml, "seed: [43]"), 3), (p.KeyPath, p.Line, p.Column)),
            p => Assert.Equal(("forces[0].travel", TestScenarios.LineOf(yaml, "model: square_root") - 1, 5), (p.KeyPath, p.Line, p.Column)));
    }

    [Fact]
    public void Yaml_syntax_error_is_a_problem_not_an_exception()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "  warmup_days: 2\n", "  warmup_days: [2\n");

        var result = TestScenarios.Load(yaml);

        var problem = Assert.Single(result.Problems);
        Assert.Null(result.Scenario);
        Assert.StartsWith("invalid YAML: ", problem.Message, StringComparison.Ordinal);
        Assert.InRange(problem.Line, TestScenarios.LineOf(yaml, "warmup_days"), TestScenarios.LineOf(yaml, "window_minutes") + 1);
    }

    [Fact]
    public void Unclosed_flow_list_followed_by_more_keys_gives_a_syntax_problem()
    {
        var problem = Assert.Single(TestScenarios.Load("name: [a, b\nrun: {}\n").Problems);

        Assert.Equal("invalid YAML: the text cannot be read past this point; look for an unclosed '[', '{' or quote", problem.Message);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Bad_indentation_gives_a_syntax_problem_with_its_position()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "  replications: 5\n", "   replications: 5\n");

        var problem = Assert.Single(TestScenarios.Load(yaml).Problems);

        Assert.StartsWith("invalid YAML: ", problem.Message, StringComparison.Ordinal);
        Assert.Equal(TestScenarios.LineOf(yaml, "replications"), problem.Line);
        Assert.True(problem.Column > 0);
    }

    [Fact]
    public void Unclosed_quote_gives_a_syntax_problem()
    {
        var problem = Assert.Single(TestScenarios.Load("name: \"unfinished\nrun: {}\n").Problems);

        Assert.StartsWith("invalid YAML: ", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Empty_file_is_a_problem()
    {
        var problem = Assert.Single(TestScenarios.Load("# nothing but a comment\n").Problems);

        Assert.Equal("the file holds no YAML document; a scenario is a mapping with keys name, run, control_rooms, forces and costs", problem.Message);
    }

    [Fact]
    public void Root_that_is_not_a_mapping_is_a_problem()
    {
        var problem = Assert.Single(TestScenarios.Load("- just\n- a list\n").Problems);

        Assert.Equal("a scenario must be a mapping with keys name, run, control_rooms, forces and costs (got a list)", problem.Message);
        Assert.Equal((1, 1), (problem.Line, problem.Column));
    }

    [Fact]
    public void Second_yaml_document_is_a_problem()
    {
        var yaml = TestScenarios.Minimal + "---\nname: another\n";

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal("a scenario file must hold a single YAML document (found a second one here)", problem.Message);
        Assert.Equal(TestScenarios.LineOf(yaml, "name: another"), problem.Line);
    }

    [Fact]
    public void Missing_file_is_a_problem_at_line_zero()
    {
        var path = Path.Combine(Path.GetTempPath(), $"forcesim-missing-{Guid.NewGuid():N}.yaml");

        var result = ForceSim.Model.Loading.ScenarioLoader.LoadFile(path);

        var problem = Assert.Single(result.Problems);
        Assert.Null(result.Scenario);
        Assert.Equal((path, 0, 0, "file not found"), (problem.File, problem.Line, problem.Column, problem.Message));
    }

    [Fact]
    public void Existing_file_loads_and_records_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"forcesim-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, TestScenarios.Minimal);
        try
        {
            var result = ForceSim.Model.Loading.ScenarioLoader.LoadFile(path);

            Assert.True(result.IsValid);
            Assert.Equal(path, result.Scenario!.SourcePath);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Empty_list_of_forces_is_a_problem()
    {
        var at = TestScenarios.Minimal.IndexOf("forces:\n", StringComparison.Ordinal);
        var yaml = TestScenarios.Minimal[..at] + "forces: []\n";

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "[]", "forces", "must list at least one force");
    }
}
