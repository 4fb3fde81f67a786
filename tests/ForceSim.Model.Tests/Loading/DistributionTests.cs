using ForceSim.Model.Distributions;
using ForceSim.Model.Loading;

namespace ForceSim.Model.Tests.Loading;

public class DistributionTests
{
    private const string Placeholder = "{dist: empirical, values: [10, 20, 40], weights: [1, 2, 1]}";
    private const string KeyPathOfPlaceholder = "forces[0].incident_types[1].on_scene_minutes";

    private static string WithOnScene(string distribution) => TestScenarios.Edit(TestScenarios.Minimal, Placeholder, distribution);

    private static Distribution LoadOnScene(string distribution)
    {
        var result = TestScenarios.Load(WithOnScene(distribution));
        Assert.Empty(result.Problems);
        return result.Scenario!.Forces[0].IncidentTypes[1].OnSceneMinutes;
    }

    private static ScenarioProblem ProblemOf(string distribution) => TestScenarios.SingleProblem(WithOnScene(distribution));

    [Fact]
    public void Constant_distribution_parses_and_may_be_zero()
    {
        Assert.Equal(Distribution.Constant(5), LoadOnScene("{dist: constant, value: 5}"));
        Assert.Equal(Distribution.Constant(0), LoadOnScene("{dist: constant, value: 0}"));
    }

    [Fact]
    public void Exponential_distribution_parses() =>
        Assert.Equal(Distribution.Exponential(5), LoadOnScene("{dist: exponential, mean: 5}"));

    [Fact]
    public void Lognormal_distribution_parses() =>
        Assert.Equal(Distribution.LogNormal(60, 40), LoadOnScene("{dist: lognormal, mean: 60, sd: 40}"));

    [Fact]
    public void Gamma_distribution_parses() =>
        Assert.Equal(Distribution.Gamma(30, 2), LoadOnScene("{dist: gamma, mean: 30, shape: 2}"));

    [Fact]
    public void Uniform_distribution_parses() =>
        Assert.Equal(Distribution.Uniform(1, 4), LoadOnScene("{dist: uniform, min: 1, max: 4}"));

    [Fact]
    public void Empirical_distribution_parses_with_and_without_weights()
    {
        Assert.Equal(Distribution.Empirical([10, 20, 40], [1, 2, 1]), LoadOnScene(Placeholder));
        Assert.Equal(Distribution.Empirical([10, 20], []), LoadOnScene("{dist: empirical, values: [10, 20]}"));
    }

    [Fact]
    public void Distribution_in_block_style_parses() =>
        Assert.Equal(Distribution.LogNormal(60, 40), LoadOnScene("\n          dist: lognormal\n          mean: 60\n          sd: 40"));

    [Theory]
    [InlineData("{dist: exponential, mean: 0}", ".mean", "must be a number greater than 0 and at most 1000000 (got 0)")]
    [InlineData("{dist: lognormal, mean: 60, sd: -1}", ".sd", "must be a number from 0 to 1000000 (got -1)")]
    [InlineData("{dist: gamma, mean: 30, shape: 0}", ".shape", "must be a number greater than 0 and at most 1000000 (got 0)")]
    [InlineData("{dist: constant, value: -2}", ".value", "must be a number from 0 to 1000000 (got -2)")]
    [InlineData("{dist: uniform, min: 5, max: 4}", ".max", "must be at least min (5) (got 4)")]
    [InlineData("{dist: empirical, values: []}", ".values", "must list at least one value")]
    [InlineData("{dist: empirical, values: [1, -3]}", ".values[1]", "must be a number from 0 to 1000000 (got -3)")]
    [InlineData("{dist: empirical, values: [1, 2], weights: [1]}", ".weights", "must have one weight per value (2) (got 1)")]
    [InlineData("{dist: empirical, values: [1, 2], weights: [0, 0]}", ".weights", "must have a positive sum (all weights are 0)")]
    [InlineData("{dist: exponential}", "", "missing required key 'mean'")]
    [InlineData("{mean: 5}", "", "missing required key 'dist'")]
    [InlineData("{dist: weibull, mean: 5, shape: 1}", ".dist", "must be one of: constant, exponential, lognormal, gamma, uniform, empirical (got 'weibull')")]
    [InlineData("{dist: exponentail, mean: 5}", ".dist", "must be one of: constant, exponential, lognormal, gamma, uniform, empirical (got 'exponentail'); did you mean 'exponential'?")]
    [InlineData("30", "", "must be a distribution such as {dist: exponential, mean: 5} or {dist: constant, value: 5} (got 30)")]
    public void Invalid_distribution_is_reported_with_what_is_allowed(string distribution, string pathSuffix, string message)
    {
        var problem = ProblemOf(distribution);

        Assert.Equal(KeyPathOfPlaceholder + pathSuffix, problem.KeyPath);
        Assert.Equal(message, problem.Message);
        Assert.Equal(TestScenarios.LineOf(WithOnScene(distribution), "on_scene_minutes: " + distribution), problem.Line);
    }

    [Fact]
    public void Patience_must_be_none_or_a_distribution()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "patience_seconds: none", "patience_seconds: forever");

        var problem = TestScenarios.SingleProblem(yaml);

        TestScenarios.AssertProblem(problem, yaml, "forever", "control_rooms[0].channels.non_emergency.patience_seconds",
            "must be none or a distribution such as {dist: exponential, mean: 5} (got 'forever')");
    }
}
