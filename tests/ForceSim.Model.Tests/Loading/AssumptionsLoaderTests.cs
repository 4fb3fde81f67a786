using ForceSim.Model.Assumptions;
using ForceSim.Model.Loading;

namespace ForceSim.Model.Tests.Loading;

/// <summary>
/// Assumptions files: declared once, checked like scenarios (file, line, key path, what is allowed, "did you mean"), and
/// checked against the scenario they describe (every path names a number it states, inside the declared range).
/// </summary>
public sealed class AssumptionsLoaderTests : IDisposable
{
    private const string FileName = "assumptions.yaml";

    private const string Valid = """
        name: Northshire assumptions
        parameters:
          - path: forces.northshire.incident_types.assault.vulnerability
            low: 0.2
            high: 0.5
            reason: share of vulnerable callers; assumed
            group: triage
          - path: control_rooms[0].call_handlers.shifts[1].staff
            low: 4
            high: 8
            reason: night handlers
            prior: {dist: normal, mean: 6, sd: 1}
          - path: forces.northshire.incident_types.assault.on_scene_minutes.mean
            low: 60
            high: 120
            reason: time at scene
            prior: {dist: beta, alpha: 2, beta: 3}

        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_valid_file_loads_every_parameter_with_its_range_prior_and_the_scenario_s_value()
    {
        var result = LoadForMinimal(Valid);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        var set = result.Assumptions!;
        Assert.Equal("Northshire assumptions", set.Name);
        Assert.Equal(
            [("forces.northshire.incident_types.assault.vulnerability", 0.2, 0.5, 0.3), ("control_rooms[0].call_handlers.shifts[1].staff", 4, 8, 6), ("forces.northshire.incident_types.assault.on_scene_minutes.mean", 60, 120, 90)],
            set.Parameters.Select(p => (p.Path, p.Low, p.High, p.ScenarioValue!.Value)));
        Assert.Equal(ParameterPrior.Uniform, set.Parameters[0].Prior);
        Assert.Equal("triage", set.Parameters[0].Group);
        Assert.Equal(new ParameterPrior(PriorShape.Normal, Mean: 6, Sd: 1), set.Parameters[1].Prior);
        Assert.Equal(new ParameterPrior(PriorShape.Beta, Alpha: 2, Beta: 3), set.Parameters[2].Prior);
    }

    [Fact]
    public void An_unknown_key_is_reported_at_its_line_with_the_key_it_was_meant_to_be()
    {
        var yaml = Valid.Replace("reason: night handlers", "reasn: night handlers", StringComparison.Ordinal);

        var problems = AssumptionsLoader.LoadText(yaml, FileName).Problems;

        Assert.Contains(problems, p => p.ToString() == $"{FileName}:{LineOf(yaml, "reasn:")}:5: parameters[1].reasn: unknown key 'reasn'; did you mean 'reason'?");
        Assert.Contains(problems, p => p.KeyPath == "parameters[1]" && p.Message == "missing required key 'reason'");
    }

    [Fact]
    public void A_range_whose_high_is_not_above_its_low_is_refused_with_the_allowed_range()
    {
        var yaml = Valid.Replace("high: 0.5", "high: 0.1", StringComparison.Ordinal);

        var problem = Assert.Single(AssumptionsLoader.LoadText(yaml, FileName).Problems);

        Assert.Equal($"{FileName}:{LineOf(yaml, "high: 0.1")}:11: parameters[0].high: must be above low (0.2) (got 0.1); a value known exactly is not an assumption to vary", problem.ToString());
    }

    [Fact]
    public void A_prior_outside_its_range_or_of_an_unknown_shape_is_refused()
    {
        var yaml = Valid
            .Replace("{dist: normal, mean: 6, sd: 1}", "{dist: normal, mean: 9, sd: -1}", StringComparison.Ordinal)
            .Replace("{dist: beta, alpha: 2, beta: 3}", "{dist: betta, alpha: 2, beta: 3}", StringComparison.Ordinal);

        var messages = AssumptionsLoader.LoadText(yaml, FileName).Problems.Select(p => $"{p.KeyPath}: {p.Message}").ToList();

        Assert.Contains("parameters[1].prior.mean: must lie in the plausible range [4, 8] (got 9)", messages);
        Assert.Contains("parameters[1].prior.sd: must be a number greater than 0 (got -1)", messages);
        Assert.Contains("parameters[2].prior.dist: must be one of: uniform, normal, lognormal, beta (got 'betta'); did you mean 'beta'?", messages);
    }

    [Fact]
    public void A_path_that_names_nothing_in_the_scenario_is_reported_at_its_line_with_what_was_meant()
    {
        var yaml = Valid
            .Replace("forces.northshire.incident_types.assault.vulnerability", "forces.northshire.incident_types.asault.vulnerability", StringComparison.Ordinal)
            .Replace("control_rooms[0].call_handlers.shifts[1].staff", "control_rooms[0].call_handlers.shift[1].staff", StringComparison.Ordinal)
            .Replace("on_scene_minutes.mean", "on_scene_minutes", StringComparison.Ordinal);

        var problems = LoadForMinimal(yaml).Problems;

        Assert.Equal(3, problems.Count);
        Assert.Equal($"{_temp[FileName]}:{LineOf(yaml, "asault")}:11: parameters[0].path: 'forces.northshire.incident_types.asault.vulnerability' does not name a number in the scenario {ScenarioPath}: 'forces.northshire.incident_types' has no item with id 'asault'; did you mean 'assault'?", problems[0].ToString());
        Assert.EndsWith("'control_rooms[0].call_handlers' has no key 'shift'; did you mean 'shifts'?", problems[1].Message, StringComparison.Ordinal);
        Assert.EndsWith("it is a mapping; name one number inside it, such as forces.northshire.incident_types.assault.on_scene_minutes.mean", problems[2].Message, StringComparison.Ordinal);
        Assert.Null(LoadForMinimal(yaml).Assumptions);
    }

    [Fact]
    public void A_scenario_value_outside_the_declared_range_is_reported_at_the_end_it_passes()
    {
        var yaml = Valid.Replace("low: 4", "low: 7", StringComparison.Ordinal).Replace("mean: 6, sd: 1", "mean: 7.5, sd: 1", StringComparison.Ordinal);

        var problem = Assert.Single(LoadForMinimal(yaml).Problems);

        Assert.Equal(LineOf(yaml, "low: 7"), problem.Line);
        Assert.Equal("parameters[1].low", problem.KeyPath);
        Assert.Equal("the scenario's value of control_rooms[0].call_handlers.shifts[1].staff is 6, outside the plausible range [7, 8] declared here; widen the range or correct the scenario", problem.Message);
    }

    [Fact]
    public void A_value_changed_by_set_is_the_value_checked_against_the_range()
    {
        var scenario = _temp.Write("scenario.yaml", TestScenarios.Minimal);
        var assumptions = _temp.Write(FileName, Valid);

        var inside = AssumptionsLoader.LoadForScenario(assumptions, scenario, ["control_rooms[0].call_handlers.shifts[1].staff=8"]);
        var outside = AssumptionsLoader.LoadForScenario(assumptions, scenario, ["control_rooms[0].call_handlers.shifts[1].staff=+5"]);

        Assert.Equal(8, inside.Assumptions!.Parameters[1].ScenarioValue);
        Assert.Contains("is 11, outside the plausible range [4, 8]", Assert.Single(outside.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_one_problem_at_line_zero()
    {
        var problem = Assert.Single(AssumptionsLoader.LoadFile(_temp["nowhere.yaml"]).Problems);

        Assert.Equal((0, "assumptions file not found"), (problem.Line, problem.Message));
    }

    [Fact]
    public void The_shipped_cambridgeshire_assumptions_hold_the_baseline_s_values_and_are_found_from_a_what_if()
    {
        var baseline = RepositoryPaths.Scenario("cambridgeshire-2022.yaml");
        var whatIf = RepositoryPaths.Scenario("whatif/plus-20-call-handlers.yaml");
        var shipped = RepositoryPaths.Scenario("assumptions/cambridgeshire-2022.yaml");

        var result = AssumptionsLoader.LoadForScenario(shipped, baseline);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        Assert.InRange(result.Assumptions!.Parameters.Count, 10, 20);
        Assert.All(result.Assumptions.Parameters, p => Assert.InRange(p.ScenarioValue!.Value, p.Low, p.High));
        Assert.All(result.Assumptions.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Reason)));
        Assert.Equal(Path.GetFullPath(shipped), AssumptionsLoader.FindFor(baseline, [baseline]));
        Assert.Equal(Path.GetFullPath(shipped), AssumptionsLoader.FindFor(whatIf, ScenarioLoader.LoadFile(whatIf).SourceFiles));
    }

    private string ScenarioPath => _temp["scenario.yaml"];

    private AssumptionsLoadResult LoadForMinimal(string yaml)
    {
        _temp.Write("scenario.yaml", TestScenarios.Minimal);
        return AssumptionsLoader.LoadForScenario(_temp.Write(FileName, yaml), ScenarioPath);
    }

    private static int LineOf(string yaml, string snippet) => TestScenarios.LineOf(yaml, snippet);
}
