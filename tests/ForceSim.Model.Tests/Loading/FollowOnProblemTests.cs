using ForceSim.Model.Loading;

namespace ForceSim.Model.Tests.Loading;

/// <summary>A misspelt key leaves its section unread; the misspelling is reported first and what follows from it is not.</summary>
public sealed class FollowOnProblemTests
{
    [Fact]
    public void A_misspelt_force_key_in_the_shipped_baseline_is_the_only_problem_reported_and_says_what_it_hides()
    {
        var yaml = File.ReadAllText(RepositoryPaths.Scenario("cambridgeshire-2022.yaml")).Replace("\n    recording:", "\n    recordng:", StringComparison.Ordinal);

        var problem = Assert.Single(ScenarioLoader.LoadText(yaml, "copy.yaml").Problems);

        Assert.Equal("forces[0].recordng", problem.KeyPath);
        Assert.StartsWith("unknown key 'recordng'; did you mean 'recording'? (fix this first: ", problem.Message, StringComparison.Ordinal);
        Assert.Matches(@"\(fix this first: (1\d|2\d) problem\(s\) that follow from it are not shown\)$", problem.Message);
        Assert.DoesNotContain("recording.probability", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_is_listed_before_earlier_problems_when_others_follow_from_it()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "  horizon_days: 30", "  horizon_days: 99999");
        yaml = TestScenarios.Edit(yaml, "    recording:", "    recordin:");

        var problems = TestScenarios.Load(yaml).Problems;

        Assert.Collection(
            problems,
            p => Assert.Equal(("forces[0].recordin", true), (p.KeyPath, p.Message.StartsWith("unknown key 'recordin'; did you mean 'recording'? (fix this first: 1 problem(s)", StringComparison.Ordinal))),
            p => Assert.Equal("run.horizon_days", p.KeyPath));
    }

    [Fact]
    public void A_misspelt_scenario_key_hides_the_missing_section_it_causes()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "control_rooms:", "control_room:");

        var problem = TestScenarios.SingleProblem(yaml);

        Assert.Equal(("control_room", "unknown key 'control_room'; did you mean 'control_rooms'? (fix this first: 1 problem(s) that follow from it are not shown)"), (problem.KeyPath, problem.Message));
    }

    [Fact]
    public void Problems_in_other_sections_are_still_reported_beside_a_misspelt_key()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "    recording:", "    recordin:");
        yaml = TestScenarios.Edit(yaml, "  horizon_days: 30", "  horizon_days: 0");

        var problems = TestScenarios.Load(yaml).Problems;

        Assert.Contains(problems, p => p.KeyPath == "run.horizon_days");
        Assert.DoesNotContain(problems, p => p.Message.Contains("recording.probability", StringComparison.Ordinal));
    }
}
