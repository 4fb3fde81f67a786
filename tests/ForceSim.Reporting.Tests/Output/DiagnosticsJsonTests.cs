using System.Text.Json;
using ForceSim.Engine.Diagnostics;
using ForceSim.Engine.Grading;
using ForceSim.Model.Rubrics;
using ForceSim.Reporting.Output;
using ForceSim.Testing.Rubrics;

namespace ForceSim.Reporting.Tests.Output;

public sealed class DiagnosticsJsonTests
{
    private const string Area = "responding";

    [Fact]
    public void Results_json_says_first_that_a_run_whose_scheduled_incidents_were_never_attended_is_unstable()
    {
        using var json = JsonDocument.Parse(ResultsJson.Render(NeverAttended()));
        var root = json.RootElement;

        Assert.Equal(["scenario", "seed", "replications", "diagnostics", "measures", "forces"], root.EnumerateObject().Select(p => p.Name));
        var diagnostics = root.GetProperty("diagnostics");
        Assert.False(diagnostics.GetProperty("stable").GetBoolean());
        var reason = Assert.Single(diagnostics.GetProperty("reasons").EnumerateArray());
        Assert.Equal(StabilityCodes.IncidentsNotAttended, reason.GetProperty("code").GetString());
        Assert.Equal("No scheduled incident was attended: every one still waited for a unit at the end of the run.", reason.GetProperty("message").GetString());
        Assert.Contains(diagnostics.GetProperty("withheld_grades").EnumerateArray(), w => w.GetProperty("message").GetString() == "not gradable: demand exceeds response capacity");
    }

    [Fact]
    public void A_withheld_grades_probabilities_are_null_in_results_json()
    {
        using var json = JsonDocument.Parse(ResultsJson.Render(NeverAttended()));

        var good = json.RootElement.GetProperty("measures").GetProperty(GradeIndicators.Name(Area, "population", InspectionGrade.Good));
        Assert.Equal(JsonValueKind.Null, good.GetProperty("mean").ValueKind);
    }

    [Fact]
    public void A_stable_run_says_so_with_no_reasons()
    {
        var result = StabilityDiagnosis.Apply(TestResults.Experiment(Replication(0, notAttended: 0.001), Replication(1, notAttended: 0.002)), Rubric());

        using var json = JsonDocument.Parse(ResultsJson.Render(result));
        var diagnostics = json.RootElement.GetProperty("diagnostics");

        Assert.True(diagnostics.GetProperty("stable").GetBoolean());
        Assert.Empty(diagnostics.GetProperty("reasons").EnumerateArray());
    }

    private static Engine.Running.ExperimentResult NeverAttended() =>
        StabilityDiagnosis.Apply(TestResults.Experiment(Replication(0, notAttended: 1), Replication(1, notAttended: 1)), Rubric());

    private static Engine.Running.ReplicationResult Replication(int index, double notAttended) => TestResults.Replication(
        index,
        (StabilityMeasures.NotAttended("scheduled"), notAttended),
        ("response.attendance_within_need_target", 0.9),
        (GradeIndicators.Name(Area, "population", InspectionGrade.Good), 1),
        (GradeIndicators.Name(Area, "population", InspectionGrade.Adequate), 0));

    private static Rubric Rubric() => TestRubrics.Rubric(TestRubrics.Area(Area, GradeCombination.Worst, TestRubrics.Higher("response.attendance_within_need_target")));
}
