using ForceSim.Model.Experiments;

namespace ForceSim.Model.Tests.Experiments;

public sealed class ExperimentLoaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "forcesim-experiment-tests", Guid.NewGuid().ToString("N"));

    public ExperimentLoaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "scenarios"));
        File.WriteAllText(Path.Combine(_folder, "scenarios", "base.yaml"), "name: placeholder\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_factorial_experiment_binds_every_key_and_resolves_the_scenario_beside_the_experiment_file()
    {
        var result = Load("""
            name: Handlers and supervisors
            scenario: scenarios/base.yaml
            replications: 5
            seed: 20220601
            design:
              type: factorial
              factors:
                - path: control_rooms.fcr.call_handlers.reserved_for_emergency
                  values: [1, 2, 3]
                - path: forces.shire.investigation.supervisors
                  values: [20, 40]
            measures: [response.attendance_within_target, investigation.plan_set]
            """);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var experiment = result.Experiment!;
        Assert.Equal("Handlers and supervisors", experiment.Name);
        Assert.Equal(Path.Combine(_folder, "scenarios/base.yaml"), experiment.ScenarioPath);
        Assert.Equal(5, experiment.Replications);
        Assert.Equal(20220601, experiment.Seed);
        Assert.Equal(DesignType.Factorial, experiment.Design);
        Assert.Equal(["reserved_for_emergency", "supervisors"], experiment.Factors.Select(f => f.Column));
        Assert.Equal(["1", "2", "3"], experiment.Factors[0].Values);
        Assert.Equal(["response.attendance_within_target", "investigation.plan_set"], experiment.Measures);
    }

    [Fact]
    public void Replications_and_seed_are_left_to_the_scenario_when_absent()
    {
        var result = Load("""
            name: x
            scenario: scenarios/base.yaml
            design: {type: one_at_a_time, factors: [{path: run.warmup_days, low: 1, high: 5}]}
            """);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Null(result.Experiment!.Replications);
        Assert.Null(result.Experiment.Seed);
        Assert.Equal(("1", "5"), (result.Experiment.Factors[0].Low, result.Experiment.Factors[0].High));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_file_line_and_key_path()
    {
        var result = Load("""
            name: x
            scenario: scenarios/missing.yaml
            replications: 0
            design:
              type: factorail
              factors:
                - path: a.b
                  valeus: [1]
            """);

        Assert.False(result.IsValid);
        var lines = result.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains(lines, l => l.Contains("experiment.yaml:2:11: scenario: scenario file not found", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("experiment.yaml:3:15: replications: must be a whole number from 1 to 10000 (got 0)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("design.type: must be one of: factorial, latin_hypercube, one_at_a_time (got 'factorail'); did you mean 'factorial'?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_factor_key_is_reported_with_a_suggestion_and_a_missing_values_list_as_required()
    {
        var result = Load("""
            name: x
            scenario: scenarios/base.yaml
            design:
              type: factorial
              factors:
                - path: a.b
                  valeus: [1]
            """);

        Assert.Contains(result.Problems, p => p is { Line: 7, KeyPath: "design.factors[0].valeus", Message: "unknown key 'valeus'; did you mean 'values'?" });
        Assert.Contains(result.Problems, p => p is { Line: 6, KeyPath: "design.factors[0]", Message: "missing required key 'values'" });
    }

    [Theory]
    [InlineData("{path: a.b, min: 5, max: 1}", "design.factors[0].max: must be at least min (5) (got 1)")]
    [InlineData("{path: a.b, min: 1}", "design.factors[0]: missing required key 'max'")]
    [InlineData("{path: 'a..b', min: 1, max: 2}", "design.factors[0].path: not a scenario key path")]
    [InlineData("{path: extends, min: 1, max: 2}", "design.factors[0].path: extends cannot be a factor")]
    public void Latin_hypercube_factors_are_checked(string factor, string expected)
    {
        var result = Load($$"""
            name: x
            scenario: scenarios/base.yaml
            design: {type: latin_hypercube, samples: 4, factors: [{{factor}}]}
            """);

        Assert.Contains(result.Problems, p => p.ToString().Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_latin_hypercube_needs_a_sample_count()
    {
        var result = Load("""
            name: x
            scenario: scenarios/base.yaml
            design: {type: latin_hypercube, factors: [{path: a.b, min: 1, max: 2}]}
            """);

        Assert.Contains(result.Problems, p => p.ToString().EndsWith("design: missing required key 'samples'", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_that_set_would_read_as_changes_and_repeated_factors_are_rejected()
    {
        var result = Load("""
            name: x
            scenario: scenarios/base.yaml
            design:
              type: factorial
              factors:
                - {path: a.b, values: [+5, 2]}
                - {path: a.b, values: [{dist: constant}]}
            """);

        var lines = result.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains(lines, l => l.Contains("design.factors[0].values[0]: must not start with '+', '-' or '*'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("design.factors[1].path: factor 'a.b' is listed twice", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("design.factors[1].values[0]: must be a single value", StringComparison.Ordinal));
    }

    [Fact]
    public void A_factorial_design_with_too_many_variants_is_rejected()
    {
        var values = "[" + string.Join(", ", Enumerable.Range(1, 400)) + "]";
        var result = Load($$"""
            name: x
            scenario: scenarios/base.yaml
            design:
              type: factorial
              factors:
                - {path: a.b, values: {{values}}}
                - {path: a.c, values: {{values}}}
            """);

        Assert.Contains(result.Problems, p => p.ToString().Contains("design.factors: a factorial design of these factors has 160,000 variants", StringComparison.Ordinal));
    }

    [Fact]
    public void Factor_columns_are_the_last_key_made_unique_with_earlier_keys()
    {
        var result = Load("""
            name: x
            scenario: scenarios/base.yaml
            design:
              type: factorial
              factors:
                - {path: 'control_rooms[0].call_handlers.shifts[0].staff', values: [1]}
                - {path: 'control_rooms[0].call_handlers.shifts[1].staff', values: [1]}
                - {path: forces.shire.investigation.supervisors, values: [1]}
                - {path: forces.shire.value, values: [1]}
            """);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(["shifts[0].staff", "shifts[1].staff", "supervisors", "shire.value"], result.Experiment!.Factors.Select(f => f.Column));
    }

    [Fact]
    public void A_missing_experiment_file_is_a_problem_at_line_zero()
    {
        var result = ExperimentLoader.LoadFile(Path.Combine(_folder, "nope.yaml"));

        Assert.Equal("file not found", Assert.Single(result.Problems).Message);
    }

    private ExperimentLoadResult Load(string yaml) => ExperimentLoader.LoadText(yaml, Path.Combine(_folder, "experiment.yaml"));
}
