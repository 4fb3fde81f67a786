using ForceSim.Model.Calibration;
using ForceSim.Model.Loading;
using ForceSim.Model.Rubrics;

namespace ForceSim.Model.Tests.Loading;

/// <summary>
/// Targets files: every kind of observed figure with its uncertainty, and every problem reported as a scenario's are
/// (file, line, column, key path, "did you mean") before anything runs.
/// </summary>
public sealed class TargetsLoaderTests
{
    private const string FileName = "t.targets.yaml";

    private const string Valid = """
        name: Test targets
        scenario: ../s.yaml
        fit: [a.b]
        targets:
          - {id: attended, kind: binomial, measure: m.attended, successes: 41, trials: 79, source: audit, year: 2022}
          - {id: answered, kind: proportion, measure: m.answered, proportion: 0.9, base: 1000, source: bt, year: 2022}
          - {id: abandoned, kind: mean, measure: m.abandoned, mean: 0.07, standard_error: 0.015, source: brief, year: 2021}
          - {id: graded, kind: ordinal, measure: grades.area.inspection, level: requires_improvement, source: peel, year: 2022}
          - {id: slower, kind: direction, measure: m.slow, higher_than: m.fast, source: peel, year: 2022, holdout: true}
        """;

    private static readonly TargetChecks Checks = new()
    {
        Measures = ["m.attended", "m.answered", "m.abandoned", "m.slow", "m.fast", .. GradeNames.All.Select(g => $"grades.area.inspection.{GradeNames.Key(g)}")],
        Parameters = ["a.b"],
    };

    [Fact]
    public void Every_kind_loads_with_its_observed_value_and_uncertainty()
    {
        var loaded = TargetsLoader.LoadText(Valid, FileName, Checks);

        Assert.True(loaded.IsValid, string.Join("\n", loaded.Problems));
        var t = loaded.Targets!.Targets;
        Assert.Equal([TargetKind.Binomial, TargetKind.Proportion, TargetKind.Mean, TargetKind.Ordinal, TargetKind.Direction], t.Select(x => x.Kind));
        Assert.Equal(41.0 / 79, t[0].Observed, 12);
        Assert.Equal(Math.Sqrt(41.0 / 79 * (38.0 / 79) / 79), t[0].Scale, 12);
        Assert.Equal((900, 1000), (t[1].Successes, t[1].Trials));
        Assert.Equal((0.07, 0.015), (t[2].Observed, t[2].Scale));
        Assert.Equal((3.0, 0.5), (t[3].Observed, t[3].Scale));
        Assert.Equal(("m.fast", true, true), (t[4].Than, t[4].Higher, t[4].Holdout));
        Assert.Equal(4, loaded.Targets.Fitted.Count);
        Assert.Equal(["a.b"], loaded.Targets.Fit);
        Assert.Equal(Path.GetRelativePath(".", Path.GetFullPath("../s.yaml")), loaded.Targets.ScenarioPath);
    }

    [Fact]
    public void A_count_larger_than_its_base_is_refused_at_its_line_and_key_path()
    {
        var loaded = TargetsLoader.LoadText(Valid.Replace("successes: 41", "successes: 97", StringComparison.Ordinal), FileName, Checks);

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal("t.targets.yaml:5:", problem.ToString()[..17]);
        Assert.Contains("targets[0].successes: must not exceed trials (79) (got 97)", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_the_engine_does_not_report_is_refused_with_the_closest_name()
    {
        var loaded = TargetsLoader.LoadText(Valid.Replace("measure: m.abandoned", "measure: m.abandonned", StringComparison.Ordinal), FileName, Checks);

        var problem = Assert.Single(loaded.Problems).ToString();
        Assert.StartsWith("t.targets.yaml:7:", problem, StringComparison.Ordinal);
        Assert.Contains("targets[2].measure: 'm.abandonned' is not a measure the engine reports for this scenario; did you mean 'm.abandoned'?", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_graded_area_that_does_not_exist_is_refused_as_an_area_not_a_grade()
    {
        var loaded = TargetsLoader.LoadText(Valid.Replace("grades.area.inspection", "grades.arae.inspection", StringComparison.Ordinal), FileName, Checks);

        Assert.Contains("targets[3].measure: 'grades.arae.inspection' is not a measure the engine reports for this scenario; did you mean 'grades.area.inspection'?", Assert.Single(loaded.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_impossible_uncertainty_a_misspelt_key_and_an_undeclared_parameter_are_all_reported_at_once()
    {
        var text = Valid
            .Replace("standard_error: 0.015", "standard_error: -0.015", StringComparison.Ordinal)
            .Replace("trials: 79", "trails: 79", StringComparison.Ordinal)
            .Replace("fit: [a.b]", "fit: [a.c]", StringComparison.Ordinal);

        var problems = TargetsLoader.LoadText(text, FileName, Checks).Problems.Select(p => p.ToString()).ToList();

        Assert.Contains(problems, p => p.StartsWith("t.targets.yaml:3:", StringComparison.Ordinal) && p.Contains("fit[0]: 'a.c' is not a parameter the assumptions file declares; did you mean 'a.b'?", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("targets[0].trails: unknown key 'trails'; did you mean 'trials'?", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("t.targets.yaml:7:", StringComparison.Ordinal) && p.Contains("targets[2].standard_error:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_direction_needs_exactly_one_measure_to_compare_with()
    {
        var loaded = TargetsLoader.LoadText(Valid.Replace("higher_than: m.fast", "higher_than: m.fast, lower_than: m.fast", StringComparison.Ordinal), FileName);

        Assert.Contains("targets[4].kind: a direction needs exactly one of higher_than or lower_than", Assert.Single(loaded.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_cambridgeshire_targets_load()
    {
        var loaded = TargetsLoader.LoadFile(RepositoryPaths.Scenario("calibration/cambridgeshire-2022.targets.yaml"));

        Assert.True(loaded.IsValid, string.Join("\n", loaded.Problems));
        Assert.Equal(8, loaded.Targets!.Fit.Count);
        Assert.Contains(loaded.Targets.Targets, t => t.Holdout);
    }
}
