namespace ForceSim.Model.Tests.Loading;

public class UnknownKeyTests
{
    [Fact]
    public void Unknown_key_is_reported_with_line_and_a_suggestion()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "  replications: 5", "  replicatons: 5");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "replicatons", "run.replicatons", "unknown key 'replicatons'; did you mean 'replications'?");
        Assert.Equal($"test.yaml:{problem.Line}:3: run.replicatons: unknown key 'replicatons'; did you mean 'replications'?", problem.ToString());
    }

    [Fact]
    public void Unknown_key_without_a_close_match_lists_the_allowed_keys()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "  seed: 42", "  seed: 42\n  colour: blue");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "colour", "run.colour",
            "unknown key 'colour'; allowed keys: seed, replications, horizon_days, warmup_days, window_minutes, start_date");
    }

    [Fact]
    public void Unknown_key_deep_in_a_list_item_has_the_full_key_path_and_hides_the_missing_key_it_causes()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "on_scene_minutes: {dist: lognormal, mean: 90, sd: 60}", "on_scene_minute: {dist: lognormal, mean: 90, sd: 60}");

        var unknown = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(unknown, yaml, "on_scene_minute:", "forces[0].incident_types[0].on_scene_minute",
            "unknown key 'on_scene_minute'; did you mean 'on_scene_minutes'? (fix this first: 1 problem(s) that follow from it are not shown)");
    }

    [Fact]
    public void Misspelt_channel_key_suggests_the_channel()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "      non_emergency:\n        handle_minutes", "      non_emergncy:\n        handle_minutes");

        var problem = Assert.Single(TestScenarios.Load(yaml).Problems, p => p.Message.StartsWith("unknown key", StringComparison.Ordinal));

        TestScenarios.AssertProblem(problem, yaml, "non_emergncy", "control_rooms[0].channels.non_emergncy",
            "unknown key 'non_emergncy'; did you mean 'non_emergency'?");
    }

    [Fact]
    public void Parameter_of_another_distribution_family_is_an_unknown_key()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "{dist: exponential, mean: 120}", "{dist: exponential, mean: 120, sd: 30}");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "sd: 30", "control_rooms[0].channels.emergency.patience_seconds.sd",
            "unknown key 'sd'; allowed keys: dist, mean");
    }

    [Fact]
    public void Misspelt_cost_role_suggests_the_role()
    {
        var yaml = TestScenarios.Minimal + "costs:\n  roles:\n    call_handlr: {annual_salary: 30000}\n";

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "call_handlr", "costs.roles.call_handlr", "unknown key 'call_handlr'; did you mean 'call_handler'?");
    }
}
