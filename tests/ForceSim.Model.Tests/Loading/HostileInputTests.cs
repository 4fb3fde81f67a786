using ForceSim.Engine.Compilation;
using ForceSim.Model.Loading;
using ForceSim.Testing.Fuzzing;

namespace ForceSim.Model.Tests.Loading;

/// <summary>
/// Inputs the property tests in <see cref="MutatedInputTests"/> found to crash the loader or to pass validation and then
/// compile to NaN, each shrunk to its essence. Every one is now refused with a located problem.
/// </summary>
public class HostileInputTests
{
    private const string OnScene = "{dist: empirical, values: [10, 20, 40], weights: [1, 2, 1]}";
    private const string OnScenePath = "forces[0].incident_types[1].on_scene_minutes";

    private static ScenarioProblem ProblemWithOnScene(string distribution) =>
        TestScenarios.SingleProblem(TestScenarios.Edit(TestScenarios.Minimal, OnScene, distribution));

    [Fact]
    public void A_malformed_global_tag_is_reported_as_invalid_yaml_instead_of_throwing()
    {
        // Shrunk from a random document: YamlDotNet's parser throws ArgumentException ("Global tags must be valid URIs").
        var problem = Assert.Single(TestScenarios.Load("!!in[t &a {}\n").Problems);

        Assert.Equal(TestScenarios.FileName, problem.File);
        Assert.Equal(1, problem.Line);
        Assert.StartsWith("invalid YAML: Global tags must be valid URIs", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_inside_the_node_its_anchor_names_is_reported_instead_of_overflowing_the_stack()
    {
        // Shrunk from cambridgeshire-2022.yaml: as a mapping key, the self-containing list was hashed until the stack overflowed,
        // which killed the process (a stack overflow cannot be caught).
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "on_scene_minutes: {dist: lognormal, mean: 90, sd: 60}", "on_scene_minutes: {dist: lognormal, &a [*a]: 90, sd: 60}");

        var problem = Assert.Single(TestScenarios.Load(yaml).Problems);

        Assert.Equal(TestScenarios.LineOf(yaml, "&a [*a]"), problem.Line);
        Assert.Equal("invalid YAML: the alias '*a' is inside the node its anchor names, so that node would contain itself; copy the values instead", problem.Message);
    }

    [Fact]
    public void An_alias_inside_its_own_anchored_value_is_reported_too()
    {
        var problem = Assert.Single(TestScenarios.Load(TestScenarios.Minimal + "notes: &n {again: *n}\n").Problems);

        Assert.StartsWith("invalid YAML: the alias '*n' is inside the node its anchor names", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_to_an_anchor_given_again_on_a_finished_node_is_not_recursive()
    {
        var yaml = TestScenarios.Edit(TestScenarios.Minimal, "name: Minimal test scenario", "name: &a Minimal test scenario");
        yaml = TestScenarios.Edit(yaml, "handle_minutes: {dist: lognormal, mean: 6, sd: 3}", "handle_minutes: &d {dist: lognormal, mean: 6, sd: 3}");
        yaml = TestScenarios.Edit(yaml, "handle_minutes: {dist: gamma, mean: 8, shape: 2}", "handle_minutes: *d");

        Assert.Empty(TestScenarios.Load(yaml).Problems);
    }

    [Fact]
    public void A_lognormal_whose_sd_overflows_when_squared_is_refused_at_its_sd()
    {
        // Shrunk from cambridgeshire-2022.yaml (hours_per_line sd 3E+300): sd/mean squared is infinite, so every draw was NaN.
        var problem = ProblemWithOnScene("{dist: lognormal, mean: 3, sd: 3E+300}");

        Assert.Equal(OnScenePath + ".sd", problem.KeyPath);
        Assert.StartsWith("must be a number from 0 to 1000000 (got 3E+300)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lognormal_mean_too_small_to_divide_by_is_refused_at_its_mean()
    {
        // Shrunk from validation/mg-infinity.yaml (mean 4.499999993E-314): sd/mean is infinite, so every draw was NaN.
        var problem = ProblemWithOnScene("{dist: lognormal, mean: 4.499999993E-314, sd: 60}");

        Assert.Equal(OnScenePath + ".mean", problem.KeyPath);
        Assert.Equal("must be at least 0.000000001 (got 4.499999993E-314); smaller values overflow when the distribution is sampled", problem.Message);
    }

    [Fact]
    public void A_gamma_with_a_vanishing_shape_is_refused_at_its_shape()
    {
        // Found by hand next to the lognormal cases: shape/mean underflows to a rate of 0, and every draw was NaN.
        var problem = ProblemWithOnScene("{dist: gamma, mean: 1e5, shape: 1e-320}");

        Assert.Equal(OnScenePath + ".shape", problem.KeyPath);
    }

    [Fact]
    public void Empirical_weights_whose_sum_overflows_are_refused_at_the_weights()
    {
        // Found by hand next to the lognormal cases: the weights summed to infinity and the distribution's mean was NaN.
        var problems = TestScenarios.Load(TestScenarios.Edit(TestScenarios.Minimal, OnScene, "{dist: empirical, values: [10, 20], weights: [1e308, 1e308]}")).Problems;

        Assert.NotEmpty(problems);
        Assert.All(problems, problem => Assert.StartsWith(OnScenePath + ".weights", problem.KeyPath, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{dist: lognormal, mean: 0.000000001, sd: 1000000}")]
    [InlineData("{dist: lognormal, mean: 1000000, sd: 1000000}")]
    [InlineData("{dist: gamma, mean: 0.000000001, shape: 1000000}")]
    [InlineData("{dist: gamma, mean: 1000000, shape: 0.000000001}")]
    [InlineData("{dist: exponential, mean: 0.000000001}")]
    [InlineData("{dist: uniform, min: 0, max: 1000000}")]
    [InlineData("{dist: empirical, values: [1000000, 0], weights: [1000000000, 1000000000]}")]
    public void A_distribution_at_the_limits_is_accepted_and_compiles_to_finite_draws(string distribution)
    {
        var loaded = TestScenarios.Load(TestScenarios.Edit(TestScenarios.Minimal, OnScene, distribution));

        Assert.Empty(loaded.Problems);
        Assert.Empty(CompiledNumbers.Problems(new CompiledScenario(loaded.Scenario!)));
    }

    [Fact]
    public void A_set_value_with_a_malformed_tag_is_reported_against_its_option_instead_of_throwing()
    {
        // Found by hand after the malformed tag in a file: --set parsed its value without the loader's guards.
        var problem = Assert.Single(TestScenarios.Load(TestScenarios.Minimal, ["run.seed=7", "name=!!in[t x"]).Problems);

        Assert.Equal(ScenarioLoader.OverridesFile, problem.File);
        Assert.Equal(2, problem.Line);
        Assert.Equal("name", problem.KeyPath);
        Assert.Equal("the value '!!in[t x' is not valid YAML: Global tags must be valid URIs.", problem.Message);
    }

    [Fact]
    public void A_set_value_whose_alias_is_inside_its_own_anchor_is_reported_instead_of_overflowing_the_stack()
    {
        var problem = Assert.Single(TestScenarios.Load(TestScenarios.Minimal, ["run={&a [*a]: 1}"]).Problems);

        Assert.Equal(ScenarioLoader.OverridesFile, problem.File);
        Assert.Equal("run", problem.KeyPath);
        Assert.StartsWith("the value '{&a [*a]: 1}' is not valid YAML: the alias '*a' is inside the node its anchor names", problem.Message, StringComparison.Ordinal);
    }
}
