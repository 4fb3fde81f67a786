using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.Mechanisms;

/// <summary>
/// Attendance judged against the grade given flatters a control room that under-grades: a true emergency graded
/// priority is "in time" at 50 minutes. Judged against need, as inspectors judge, under-grading costs attendance.
/// </summary>
public sealed class AttendanceAgainstNeedMechanismTests
{
    private const string NeedPriority = $"{MeasureNames.AttendanceWithinNeedTarget}.priority";

    [Fact]
    public async Task More_under_grading_flatters_attendance_within_the_grade_given_but_not_within_need()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 60);
        var baseline = await ExperimentRunner.RunAsync(scenario);
        var underGrading = await ExperimentRunner.RunAsync(scenario.WithTriage(t => t with
        {
            UndergradeStructuredVulnerable = 0.3,
            UndergradeStructuredOther = 0.3,
            UndergradeUnstructuredVulnerable = 0.3,
            UndergradeUnstructuredOther = 0.3,
        }));

        PairedDifference.AssertIncreases(baseline, underGrading, MeasureNames.Undergraded);
        var given = PairedDifference.Of(baseline, underGrading, MeasureNames.AttendanceWithinTarget);
        var need = PairedDifference.Of(baseline, underGrading, MeasureNames.AttendanceWithinNeedTarget);
        Assert.True(given.Lower > 0, $"attendance against the grade given should rise: {given.Mean} [{given.Lower}, {given.Upper}]");
        Assert.True(need.Upper < given.Lower, $"attendance against need {need.Mean} [{need.Lower}, {need.Upper}] should gain less than against the grade given {given.Mean} [{given.Lower}, {given.Upper}]");
    }

    [Fact]
    public async Task An_incident_that_needed_a_unit_but_was_undergraded_and_resolved_by_a_desk_counts_against_attendance_within_need()
    {
        // Every priority incident is graded scheduled (no repeat check corrects it) and every scheduled one is
        // resolved by a desk: nobody is attended, though every incident needed a unit within the hour.
        var scenario = TestScenarios.OneForce()
            .WithForces(f => f with { IncidentTypes = [f.IncidentTypes[0] with { Grade = Grade.Priority }] })
            .WithTriage(t => t.WithoutRepeatChecks() with
            {
                UndergradeStructuredVulnerable = 1,
                UndergradeStructuredOther = 1,
                UndergradeUnstructuredVulnerable = 1,
                UndergradeUnstructuredOther = 1,
            })
            .WithResponse(r => r with { Scheduled = new ScheduledSettings { DeskResolutionShare = 1 } });

        var result = await ExperimentRunner.RunAsync(scenario);

        Assert.Equal(1, result.Summary["response.scheduled_resolved_by_desk"].Mean);
        Assert.Null(result.Summary[MeasureNames.AttendanceWithinTarget].Mean);
        Assert.Equal(0, result.Summary[MeasureNames.AttendanceWithinNeedTarget].Mean);
        Assert.Equal(0, result.Summary[NeedPriority].Mean);
        Assert.Equal(0, result.Summary["inspection.attendance_within_need_target"].Mean);
        Assert.True(result.Summary["inspection.attendance_within_need_target_n"].Mean > 0);
    }
}
