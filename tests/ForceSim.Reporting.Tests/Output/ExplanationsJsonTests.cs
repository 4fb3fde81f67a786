using System.Text.Json;
using ForceSim.Engine.Grading;
using ForceSim.Model.Rubrics;
using ForceSim.Reporting.Output;
using ForceSim.Testing.Rubrics;

namespace ForceSim.Reporting.Tests.Output;

public sealed class ExplanationsJsonTests
{
    [Fact]
    public void Results_json_has_no_explanations_unless_given()
    {
        using var json = JsonDocument.Parse(ResultsJson.Render(Result()));

        Assert.False(json.RootElement.TryGetProperty("explanations", out _));
    }

    [Fact]
    public void Each_area_explanation_holds_the_grade_rule_deciding_measures_and_every_measure_with_thresholds_and_margins()
    {
        var rubric = TestRubrics.Rubric(TestRubrics.Area("responding", GradeCombination.LimitingFactor, TestRubrics.Higher("share"), TestRubrics.Lower("seconds")));
        var result = Result();

        using var json = JsonDocument.Parse(ResultsJson.Render(result, GradeExplainer.Explain(rubric, result)));

        var area = json.RootElement.GetProperty("explanations").GetProperty("responding");
        Assert.Equal("limiting_factor", area.GetProperty("combine").GetString());
        Assert.Equal("requires_improvement", area.GetProperty("most_likely").GetString());
        Assert.Equal(1, area.GetProperty("probability").GetDouble());
        Assert.Equal("adequate", area.GetProperty("grade_at_means").GetString()); // ranks 3 and 0 average 1.5, a tie rounded worse
        Assert.Equal(["share"], area.GetProperty("deciding").EnumerateArray().Select(d => d.GetString()));
        Assert.StartsWith("responding: likely requires improvement", area.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        var share = area.GetProperty("measures").GetProperty("share");
        Assert.Equal(0.5, share.GetProperty("mean").GetDouble(), 12);
        Assert.Equal("higher", share.GetProperty("better").GetString());
        Assert.Equal(["outstanding", "good", "adequate", "requires_improvement"], share.GetProperty("thresholds").EnumerateObject().Select(p => p.Name));
        Assert.Equal("requires_improvement", share.GetProperty("grade").GetString());
        Assert.Equal("adequate", share.GetProperty("up").GetProperty("grade").GetString());
        Assert.Equal(0.15, share.GetProperty("up").GetProperty("margin").GetDouble(), 12);
        Assert.Equal("inadequate", share.GetProperty("down").GetProperty("grade").GetString());
        Assert.True(share.GetProperty("deciding").GetBoolean());
        var seconds = area.GetProperty("measures").GetProperty("seconds");
        Assert.Equal("lower", seconds.GetProperty("better").GetString());
        Assert.Equal("outstanding", seconds.GetProperty("grade").GetString());
        Assert.Equal(JsonValueKind.Null, seconds.GetProperty("up").ValueKind);
        Assert.False(seconds.GetProperty("deciding").GetBoolean());
    }

    /// <summary>Two replications: share 0.45 and 0.55 (requires improvement), seconds 30 (outstanding), graded requires improvement.</summary>
    private static Engine.Running.ExperimentResult Result() => TestResults.Experiment(
        TestResults.Replication(0, ("share", 0.45), ("seconds", 30.0), (GradeIndicators.Name("responding", "population", InspectionGrade.RequiresImprovement), 1.0)),
        TestResults.Replication(1, ("share", 0.55), ("seconds", 30.0), (GradeIndicators.Name("responding", "population", InspectionGrade.RequiresImprovement), 1.0)));
}
