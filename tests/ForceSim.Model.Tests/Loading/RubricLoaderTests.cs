using ForceSim.Model.Loading;
using ForceSim.Model.Rubrics;

namespace ForceSim.Model.Tests.Loading;

public sealed class RubricLoaderTests
{
    private const string FileName = "rubric.yaml";

    /// <summary>A small valid rubric: one area, a higher-is-better and a lower-is-better measure.</summary>
    private const string Small = """
        name: Small rubric
        inspection:
          attendance_sample: 50
        areas:
          responding:
            combine: average
            measures:
              - measure: response.attendance_within_target
                thresholds: {outstanding: 0.9, good: 0.8, adequate: 0.65, requires_improvement: 0.45}
              - measure: contact.non_emergency_abandoned
                better: lower
                thresholds: {outstanding: 0.03, good: 0.06, adequate: 0.10, requires_improvement: 0.20}
                reasoning: fewer callers giving up is better

        """;

    private static readonly string[] PeelAreas = ["responding_to_the_public", "investigating_crime", "crime_data_recording"];

    [Fact]
    public void The_shipped_peel_rubric_file_loads_with_three_areas_and_the_cambridgeshire_inspection_plan()
    {
        var result = RubricLoader.LoadFile(PeelPath);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        AssertPeel(result.Rubric!);
        Assert.Equal(PeelPath, result.Rubric!.SourcePath);
    }

    [Fact]
    public void The_default_rubric_is_the_shipped_peel_rubric()
    {
        var embedded = RubricLoader.LoadDefault();
        var file = RubricLoader.LoadFile(PeelPath).Rubric!;

        AssertPeel(embedded);
        Assert.Equal(RubricLoader.DefaultName, embedded.SourcePath);
        Assert.Equal(file.Name, embedded.Name);
        Assert.Equal(file.Inspection, embedded.Inspection);
        Assert.Equal(file.Areas.Select(a => (a.Id, a.Name, a.Combine)), embedded.Areas.Select(a => (a.Id, a.Name, a.Combine)));
        Assert.Equal(
            file.Areas.SelectMany(a => a.Measures).Select(m => (m.Measure, m.HigherIsBetter, string.Join(",", m.Thresholds.OrderBy(t => t.Key)))),
            embedded.Areas.SelectMany(a => a.Measures).Select(m => (m.Measure, m.HigherIsBetter, string.Join(",", m.Thresholds.OrderBy(t => t.Key)))));
    }

    [Fact]
    public void The_peel_rubric_reads_thresholds_direction_and_reasoning_from_the_file()
    {
        var rubric = RubricLoader.LoadFile(PeelPath).Rubric!;

        var responding = rubric.Areas[0];
        Assert.Equal("Responding to the public", responding.Name);
        Assert.All(rubric.Areas, a => Assert.Equal(GradeCombination.LimitingFactor, a.Combine));
        var attendance = Assert.Single(responding.Measures, m => m.Measure == "response.attendance_within_need_target");
        Assert.True(attendance.HigherIsBetter);
        Assert.Equal(0.90, attendance.Thresholds[InspectionGrade.Outstanding]);
        Assert.Equal(0.80, attendance.Thresholds[InspectionGrade.Good]);
        Assert.Equal(0.65, attendance.Thresholds[InspectionGrade.Adequate]);
        Assert.Equal(0.45, attendance.Thresholds[InspectionGrade.RequiresImprovement]);
        Assert.Contains("41 of 79", attendance.Reasoning, StringComparison.Ordinal);

        // The inspected 52% attendance is requires improvement under the shipped thresholds.
        Assert.Equal(InspectionGrade.RequiresImprovement, attendance.GradeOf(41.0 / 79));
        var abandoned = Assert.Single(responding.Measures, m => m.Measure == "contact.non_emergency_abandoned");
        Assert.False(abandoned.HigherIsBetter);

        // Responding to the public is graded on outcomes only: what handlers manage to do is a means, never graded.
        Assert.Equal(
            [
                "response.attendance_within_need_target", "contact.emergency_answered_within_10s", "contact.non_emergency_mean_answer_seconds",
                "contact.non_emergency_abandoned", "triage.repeat_victims_identified", "triage.vulnerability_identified",
            ],
            responding.Measures.Select(m => m.Measure));
        Assert.DoesNotContain(rubric.Areas.SelectMany(a => a.Measures), m => m.Measure is "triage.structured_assessment_rate" or "triage.repeat_victim_check_done");
        Assert.All(rubric.Areas.SelectMany(a => a.Measures), m =>
        {
            Assert.Equal(4, m.Thresholds.Count);
            Assert.False(string.IsNullOrWhiteSpace(m.Reasoning), $"{m.Measure} has no reasoning");
        });
        Assert.Equal([6, 4, 2], rubric.Areas.Select(a => a.Measures.Count));
    }

    [Fact]
    public void A_small_rubric_loads_with_its_values_and_defaults()
    {
        var result = RubricLoader.LoadText(Small, FileName);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        var rubric = result.Rubric!;
        Assert.Equal("Small rubric", rubric.Name);
        Assert.Equal(FileName, rubric.SourcePath);
        Assert.Equal(new InspectionPlan { AttendanceSample = 50, RepeatVictimCheckSample = 81, CaseFiles = 130, RecordingSample = 1400 }, rubric.Inspection);
        var area = Assert.Single(rubric.Areas);
        Assert.Equal("responding", area.Id);
        Assert.Equal("responding", area.Name);
        Assert.Equal(GradeCombination.Average, area.Combine);
        Assert.Equal(["response.attendance_within_target", "contact.non_emergency_abandoned"], area.Measures.Select(m => m.Measure));
        Assert.Equal([true, false], area.Measures.Select(m => m.HigherIsBetter));
        Assert.Equal("fewer callers giving up is better", area.Measures[1].Reasoning);
        Assert.Equal("", area.Measures[0].Reasoning);
    }

    [Fact]
    public void Without_an_inspection_section_the_plan_is_the_cambridgeshire_default_and_combine_defaults_to_worst()
    {
        var yaml = Edit(Edit(Small, "inspection:\n  attendance_sample: 50\n", ""), "    combine: average\n", "");

        var rubric = RubricLoader.LoadText(yaml, FileName).Rubric;

        Assert.NotNull(rubric);
        Assert.Equal(new InspectionPlan(), rubric.Inspection);
        Assert.Equal(GradeCombination.Worst, rubric.Areas[0].Combine);
    }

    [Fact]
    public void An_unknown_key_is_reported_with_its_line_key_path_and_a_suggestion()
    {
        var yaml = Edit(Small, "    combine: average", "    combin: average");

        var problem = SingleProblem(yaml);

        AssertProblem(problem, yaml, "combin:", "areas.responding.combin", "unknown key 'combin'; did you mean 'combine'?");
    }

    [Fact]
    public void A_misspelt_inspection_key_suggests_the_right_one()
    {
        var yaml = Edit(Small, "attendance_sample: 50", "attendance_sampel: 50");

        var problem = SingleProblem(yaml);

        AssertProblem(problem, yaml, "attendance_sampel", "inspection.attendance_sampel", "unknown key 'attendance_sampel'; did you mean 'attendance_sample'?");
    }

    [Fact]
    public void A_missing_threshold_is_reported_at_the_thresholds_mapping()
    {
        var yaml = Edit(Small, "adequate: 0.65, requires_improvement: 0.45}", "adequate: 0.65}");

        var problem = SingleProblem(yaml);

        AssertProblem(problem, yaml, "{outstanding: 0.9, good: 0.8, adequate: 0.65}", "areas.responding.measures[0].thresholds",
            "missing required key 'requires_improvement'");
    }

    [Fact]
    public void A_measure_without_thresholds_is_reported()
    {
        var yaml = Edit(Small, "\n        thresholds: {outstanding: 0.9, good: 0.8, adequate: 0.65, requires_improvement: 0.45}", "");

        var problem = SingleProblem(yaml);

        Assert.Equal("areas.responding.measures[0]", problem.KeyPath);
        Assert.Equal("missing required key 'thresholds'", problem.Message);
        Assert.Equal(LineOf(yaml, "- measure: response.attendance_within_target"), problem.Line);
    }

    [Fact]
    public void Higher_is_better_thresholds_that_do_not_fall_are_reported_naming_the_pair_out_of_order()
    {
        var yaml = Edit(Small, "good: 0.8, adequate: 0.65", "good: 0.6, adequate: 0.65");

        var problem = SingleProblem(yaml);

        AssertProblem(problem, yaml, "{outstanding: 0.9, good: 0.6", "areas.responding.measures[0].thresholds",
            "thresholds must fall from outstanding to requires_improvement (good 0.6 vs adequate 0.65)");
    }

    [Fact]
    public void Lower_is_better_thresholds_that_do_not_rise_are_reported()
    {
        var yaml = Edit(Small, "adequate: 0.10, requires_improvement: 0.20", "adequate: 0.30, requires_improvement: 0.20");

        var problem = SingleProblem(yaml);

        AssertProblem(problem, yaml, "{outstanding: 0.03", "areas.responding.measures[1].thresholds",
            "thresholds must rise from outstanding to requires_improvement (adequate 0.3 vs requires_improvement 0.2)");
    }

    [Fact]
    public void Equal_thresholds_are_allowed()
    {
        var yaml = Edit(Small, "good: 0.8, adequate: 0.65", "good: 0.8, adequate: 0.8");

        Assert.True(RubricLoader.LoadText(yaml, FileName).IsValid);
    }

    [Fact]
    public void A_negative_threshold_is_reported()
    {
        var yaml = Edit(Small, "requires_improvement: 0.45", "requires_improvement: -0.1");

        var result = RubricLoader.LoadText(yaml, FileName);

        Assert.Null(result.Rubric);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("areas.responding.measures[0].thresholds.requires_improvement", problem.KeyPath);
        Assert.Equal(LineOf(yaml, "requires_improvement: -0.1"), problem.Line);
    }

    [Fact]
    public void An_unknown_combine_value_lists_the_allowed_ones()
    {
        var yaml = Edit(Small, "combine: average", "combine: mean");

        var problem = SingleProblem(yaml);

        AssertProblem(problem, yaml, "mean", "areas.responding.combine", "must be one of: worst, average, limiting_factor (got 'mean')");
    }

    [Fact]
    public void Combine_accepts_limiting_factor()
    {
        var yaml = Edit(Small, "combine: average", "combine: limiting_factor");

        var result = RubricLoader.LoadText(yaml, FileName);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal(GradeCombination.LimitingFactor, Assert.Single(result.Rubric!.Areas).Combine);
    }

    [Fact]
    public void A_misspelt_combine_value_suggests_the_closest_rule()
    {
        var yaml = Edit(Small, "combine: average", "combine: limiting_facter");

        var problem = SingleProblem(yaml);

        AssertProblem(problem, yaml, "limiting_facter", "areas.responding.combine",
            "must be one of: worst, average, limiting_factor (got 'limiting_facter'); did you mean 'limiting_factor'?");
    }

    [Fact]
    public void An_unknown_better_direction_lists_the_allowed_ones()
    {
        var yaml = Edit(Small, "better: lower", "better: smaller");

        var problem = Assert.Single(RubricLoader.LoadText(yaml, FileName).Problems, p => p.KeyPath.EndsWith(".better", StringComparison.Ordinal));

        AssertProblem(problem, yaml, "smaller", "areas.responding.measures[1].better", "must be one of: higher, lower (got 'smaller')");
    }

    [Fact]
    public void Empty_areas_are_reported()
    {
        const string yaml = "name: Empty\nareas: {}\n";

        var problem = SingleProblem(yaml);

        AssertProblem(problem, yaml, "{}", "areas", "must name at least one graded area");
    }

    [Fact]
    public void An_area_without_measures_is_reported()
    {
        const string yaml = "name: Empty\nareas:\n  responding:\n    measures: []\n";

        var problem = SingleProblem(yaml);

        AssertProblem(problem, yaml, "[]", "areas.responding.measures", "must list at least one graded measure");
    }

    [Fact]
    public void Missing_name_and_areas_are_both_reported()
    {
        const string yaml = "inspection:\n  case_files: 100\n";

        var result = RubricLoader.LoadText(yaml, FileName);

        Assert.Null(result.Rubric);
        Assert.Equal(["missing required key 'areas'", "missing required key 'name'"], result.Problems.Select(p => p.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_inspection_sample_size_out_of_range_is_reported()
    {
        var yaml = Edit(Small, "attendance_sample: 50", "attendance_sample: 0");

        var problem = SingleProblem(yaml);

        AssertProblem(problem, yaml, "attendance_sample: |0", "inspection.attendance_sample", "must be a whole number from 1 to 100000 (got 0)");
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_with_its_position_and_not_thrown()
    {
        var yaml = Edit(Small, "good: 0.8, adequate: 0.65, requires_improvement: 0.45}", "good: 0.8, adequate: 0.65, requires_improvement: 0.45");

        var problem = SingleProblem(yaml);

        Assert.StartsWith("invalid YAML", problem.Message, StringComparison.Ordinal);
        Assert.Equal(FileName, problem.File);
        Assert.InRange(problem.Line, LineOf(yaml, "requires_improvement: 0.45"), LineOf(yaml, "- measure: contact.non_emergency_abandoned"));
    }

    [Fact]
    public void Several_problems_are_all_reported_at_once()
    {
        var yaml = Edit(Edit(Small, "combine: average", "combine: mean"), "better: lower", "better: lowest");

        var problems = RubricLoader.LoadText(yaml, FileName).Problems;

        Assert.Contains(problems, p => p.KeyPath == "areas.responding.combine");
        Assert.Contains(problems, p => p.KeyPath == "areas.responding.measures[1].better");
    }

    [Fact]
    public void A_missing_file_is_a_problem_not_an_exception()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-rubric-{Guid.NewGuid():N}.yaml");

        var result = RubricLoader.LoadFile(path);

        Assert.False(result.IsValid);
        Assert.Null(result.Rubric);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(path, problem.File);
        Assert.Equal(0, problem.Line);
        Assert.Equal("rubric file not found", problem.Message);
    }

    private static string PeelPath { get; } = RepositoryPaths.Scenario("rubrics/peel.yaml");

    private static void AssertPeel(Rubric rubric)
    {
        Assert.Equal("ForceSim default PEEL-style rubric", rubric.Name);
        Assert.Equal(PeelAreas, rubric.Areas.Select(a => a.Id));
        Assert.Equal(79, rubric.Inspection.AttendanceSample);
        Assert.Equal(81, rubric.Inspection.RepeatVictimCheckSample);
        Assert.Equal(130, rubric.Inspection.CaseFiles);
        Assert.Equal(1400, rubric.Inspection.RecordingSample);
    }

    private static ScenarioProblem SingleProblem(string yaml)
    {
        var result = RubricLoader.LoadText(yaml, FileName);
        Assert.Null(result.Rubric);
        Assert.False(result.IsValid);
        return Assert.Single(result.Problems);
    }

    /// <summary>Checks a problem's file, key path, message and position: where <paramref name="snippet"/> starts, or its <c>|</c> marker.</summary>
    private static void AssertProblem(ScenarioProblem problem, string yaml, string snippet, string keyPath, string message)
    {
        var marker = Math.Max(snippet.IndexOf('|', StringComparison.Ordinal), 0);
        var text = snippet.Replace("|", "", StringComparison.Ordinal);
        Assert.Equal(FileName, problem.File);
        Assert.Equal(keyPath, problem.KeyPath);
        Assert.Equal(message, problem.Message);
        Assert.Equal(LineOf(yaml, text), problem.Line);
        var line = yaml.Split('\n')[problem.Line - 1];
        Assert.Equal(line.IndexOf(text, StringComparison.Ordinal) + 1 + marker, problem.Column);
    }

    private static string Edit(string yaml, string find, string replace) => TestScenarios.Edit(yaml, find, replace);

    private static int LineOf(string yaml, string snippet) => TestScenarios.LineOf(yaml, snippet);
}
