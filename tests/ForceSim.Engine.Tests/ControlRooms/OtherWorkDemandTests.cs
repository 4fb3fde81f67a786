using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.ControlRooms;

/// <summary>
/// Response work that is not a public call, in a world with no calls at all: it arrives at its daily rate, takes
/// units for its own time, and never passes through triage, attendance or the closing of an incident.
/// </summary>
public sealed class OtherWorkDemandTests
{
    private const string OtherWorkOnly = """
        name: Other work only
        run: {seed: 5, replications: 2, warmup_days: 0, horizon_days: 60, window_minutes: 60}
        control_rooms:
          - id: room
            call_handlers: {unlimited: true}
            channels:
              emergency: {handle_minutes: {dist: constant, value: 5}}
        forces:
          - id: force
            control_room: room
            demand: {annual_volume: {emergency: 0}}
            incident_types:
              - id: assault
                share: {emergency: 1}
                crime: {probability: 1, class: violence}
                victim: 1
                on_scene_minutes: {dist: constant, value: 60}
            response:
              shifts: [{name: all, start_hour: 0, hours: 24, units: 10}]
              other_work:
                - {name: custody, per_day: 8, minutes: {dist: constant, value: 180}}
                - {name: scene_guard, per_day: 2, minutes: {dist: constant, value: 360}, units: 2, grade: emergency}
            recording: {probability: {violence: 1}}
        """;

    [Fact]
    public async Task Other_work_arrives_at_its_daily_rate_and_holds_units_for_its_own_time()
    {
        var result = await ExperimentRunner.RunAsync(TestScenarios.FromYaml(OtherWorkOnly, "other-work.yaml"));

        foreach (var replication in result.Replications)
        {
            // Tasks over 60 days are a Poisson count with mean 600; those still running at the end are not counted.
            var tasks = replication.Measures["response.other_work_tasks_per_day"]!.Value * 60;
            Assert.InRange(tasks, 600 - (4.5 * Math.Sqrt(600)) - 2, 600 + (4.5 * Math.Sqrt(600)));

            // Every busy unit-minute is other work (custody 8 × 180 + guards 2 × 2 × 360 = 2,880 unit-minutes a day);
            // the share falls short of 1 only by the tasks still running when the run ends, counted once they clear.
            Assert.InRange(replication.Measures["response.other_work_share_of_busy_time"]!.Value, 0.98, 1.0);
            Assert.InRange(replication.Measures["response.units_busy_mean"]!.Value, 2.0 * 0.85, 2.0 * 1.15);
        }
    }

    [Fact]
    public async Task Other_work_skips_triage_attendance_and_closure()
    {
        var result = await ExperimentRunner.RunAsync(TestScenarios.FromYaml(OtherWorkOnly, "other-work.yaml"));
        var measures = result.Summary;

        Assert.True(measures["response.unit_utilisation"].Mean > 0);
        Assert.Null(measures[MeasureNames.StructuredAssessmentRate].Mean);
        Assert.Null(measures[MeasureNames.AttendanceWithinTarget].Mean);
        Assert.Null(measures[MeasureNames.AttendanceWithinNeedTarget].Mean);
        Assert.Null(measures[$"{MeasureNames.DispatchWaitMinutes}.emergency"].Mean);
        Assert.Null(measures["response.mean_minutes.priority"].Mean);
        Assert.Equal(0, measures["recording.crimes_reported"].Mean);
        Assert.Equal(0, measures["inspection.attendance_within_need_target_n"].Mean);
    }
}
