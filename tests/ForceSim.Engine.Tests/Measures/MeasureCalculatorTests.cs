using ForceSim.Engine.Costing;
using ForceSim.Engine.Measures;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.Measures;

public sealed class MeasureCalculatorTests
{
    // Two measured days.
    private static readonly MeasuredPeriod Period = new(1440, 3 * 1440);

    [Fact]
    public void Measures_with_nothing_observed_are_null_not_zero()
    {
        var m = MeasureCalculator.Compute(new ForceTally(Period), null, Period, []);

        string[] ratios =
        [
            MeasureNames.StructuredAssessmentRate,
            MeasureNames.RepeatVictimCheckDone,
            MeasureNames.RepeatVictimsIdentified,
            MeasureNames.AttendanceWithinTarget,
            MeasureNames.AttendanceWithinTargetEmergency,
            $"{MeasureNames.DispatchWaitMinutes}.priority",
            "response.mean_minutes.emergency",
            MeasureNames.EmergencyMedianMinutes,
            MeasureNames.EmergencyP90Minutes,
            "response.unit_utilisation",
            "response.abstraction_rate",
            "response.resolved_without_deployment",
            MeasureNames.CrimesRecorded,
            MeasureNames.ViolenceRecorded,
            MeasureNames.PlanSet,
            MeasureNames.EnquiriesCompleted,
            MeasureNames.VictimsInformed,
            "investigation.mean_caseload",
            MeasureNames.VictimConfidence,
            MeasureNames.UnreportedRepeatCrimes,
        ];
        Assert.All(ratios, name =>
        {
            Assert.True(m.ContainsKey(name), name);
            Assert.Null(m[name]);
        });
    }

    [Fact]
    public void Contact_measures_are_left_out_for_a_channel_with_no_contacts()
    {
        var tally = new ForceTally(Period);
        tally.Contact.Offered[(int)Channel.NonEmergency] = 4;
        tally.Contact.Answered[(int)Channel.NonEmergency] = 4;

        var m = MeasureCalculator.Compute(tally, new ControlRoomTally(Period), Period, []);

        Assert.False(m.ContainsKey(MeasureNames.EmergencyMeanAnswerSeconds));
        Assert.False(m.ContainsKey(MeasureNames.EmergencyAnsweredWithin10s));
        Assert.False(m.ContainsKey("contact.online_contacts_per_day"));
        Assert.Equal(2.0, m["contact.non_emergency_contacts_per_day"]);
    }

    [Fact]
    public void Levels_and_counts_with_nothing_observed_are_zero()
    {
        var m = MeasureCalculator.Compute(new ForceTally(Period), null, Period, []);

        Assert.Equal(0.0, m["response.units_busy_mean"]);
        Assert.Equal(0.0, m["response.incidents_per_hour.emergency"]);
        Assert.Equal(0.0, m["recording.crimes_reported"]);
        Assert.Equal(0.0, m[MeasureNames.AnnualCost]);
    }

    [Fact]
    public void Contact_measures_are_ratios_of_the_tally()
    {
        var tally = new ForceTally(Period);
        var c = tally.Contact;
        c.Offered[0] = 10;
        c.Answered[0] = 8;
        c.Abandoned[0] = 2;
        c.AnsweredWithinTarget[0] = 6;
        c.AnsweredWithoutWait[0] = 4;
        c.QueueSeconds[0] = 70;
        foreach (var wait in (double[])[0, 0, 0, 0, 5, 5, 20, 20])
        {
            c.AnswerWait[0].Add(wait);
        }

        c.Offered[1] = 20;
        c.SpilledToEmergency[1] = 3;

        var room = new ControlRoomTally(Period);
        room.QueueLength[0].Set(0, 2);
        room.QueueLength[0].Finish(Period.End);
        room.HandlersBusy.Set(0, 3);
        room.HandlersOnDuty.Set(0, 4);
        room.HandlersBusy.Finish(Period.End);
        room.HandlersOnDuty.Finish(Period.End);

        var m = MeasureCalculator.Compute(tally, room, Period, []);

        Assert.Equal(5.0, m["contact.emergency_contacts_per_day"]);
        Assert.Equal(50.0 / 8, m[MeasureNames.EmergencyMeanAnswerSeconds]);
        Assert.Equal(0.6, m["contact.emergency_answered_within_target"]);
        Assert.Equal(0.2, m["contact.emergency_abandoned"]);
        Assert.Equal(0.5, m["contact.emergency_p_wait"]);
        Assert.Equal(7.0, m["contact.emergency_mean_queue_seconds"]);
        Assert.Equal(2.0, m["contact.emergency_queue_mean_length"]);

        // 6 of 8 answered within 10 s, out of 10 offered.
        Assert.Equal(0.6, m[MeasureNames.EmergencyAnsweredWithin10s]!.Value, 12);
        Assert.Equal(0.15, m["contact.non_emergency_spilled_to_emergency"]);
        Assert.Equal(0.75, m["contact.handler_utilisation"]);
    }

    [Fact]
    public void Response_measures_are_ratios_of_the_tally()
    {
        var tally = new ForceTally(Period);
        var r = tally.Response;
        r.Attended[0] = 4;
        r.Attended[1] = 4;
        r.WithinTarget[0] = 3;
        r.WithinTarget[1] = 1;
        r.Dispatched[0] = 4;
        r.DispatchWaitMinutes[0] = 12;
        r.Incidents[0] = 4;
        r.Incidents[1] = 4;
        r.Incidents[3] = 2;
        foreach (var minutes in (double[])[5, 10, 15, 30])
        {
            r.ResponseTime[0].Add(minutes);
        }

        r.UnitsBusy.Set(0, 2);
        r.UnitsBusy.Set(2 * 1440, 4);
        r.UnitsBusy.Finish(Period.End);
        r.UnitsOnDuty.Set(0, 5);
        r.UnitsOnDuty.Finish(Period.End);
        r.ShiftsPlanned = 8;
        r.ShiftsAbstracted = 2;
        r.OvertimeMinutes = 240;

        var m = MeasureCalculator.Compute(tally, null, Period, []);

        Assert.Equal(0.5, m[MeasureNames.AttendanceWithinTarget]);
        Assert.Equal(0.75, m[MeasureNames.AttendanceWithinTargetEmergency]);
        Assert.Equal(0.25, m[MeasureNames.AttendanceWithinTargetPriority]);
        Assert.Null(m["response.attendance_within_target.scheduled"]);
        Assert.Equal(3.0, m[$"{MeasureNames.DispatchWaitMinutes}.emergency"]);
        Assert.Equal(0.2, m["response.resolved_without_deployment"]);
        Assert.Equal(4.0 / 48, m["response.incidents_per_hour.emergency"]);
        Assert.Equal(15.0, m["response.mean_minutes.emergency"]);
        // The median falls at the top of the 10-minute observation's 0.1-minute bin.
        Assert.Equal(10.1, m[MeasureNames.EmergencyMedianMinutes]!.Value, 9);
        Assert.Null(m["response.priority_median_minutes"]);

        // Busy units: 2 for a day then 4 for a day → mean 3, variance 1.
        Assert.Equal(3.0, m["response.units_busy_mean"]!.Value, 12);
        Assert.Equal(1.0, m["response.units_busy_variance"]!.Value, 12);
        Assert.Equal(5.0, m["response.units_on_duty_mean"]!.Value, 12);
        Assert.Equal(0.6, m["response.unit_utilisation"]!.Value, 12);
        Assert.Equal(0.25, m["response.abstraction_rate"]);
        Assert.Equal(2.0, m["response.overtime_hours_per_day"]);
    }

    [Fact]
    public void Triage_recording_investigation_and_victim_measures_are_ratios_of_the_tally()
    {
        var tally = new ForceTally(Period);
        tally.Triage.Triaged = 10;
        tally.Triage.Structured = 7;
        tally.Triage.CheckDone = 5;
        tally.Triage.TrueRepeats = 4;
        tally.Triage.RepeatsIdentified = 1;
        tally.Recording.CrimesOccurring = 10;
        tally.Recording.CrimesRecorded = 9;
        tally.Recording.ViolenceOccurring = 4;
        tally.Recording.ViolenceRecorded = 3;
        tally.Investigation.Closed = 4;
        tally.Investigation.PlanSet = 3;
        tally.Investigation.Supervised = 2;
        tally.Investigation.LinesTotal = 10;
        tally.Investigation.LinesCompleted = 7;
        tally.Investigation.UpdatesDue = 5;
        tally.Investigation.UpdatesDelivered = 4;
        tally.Investigation.CaseloadSum = 36;
        tally.Investigation.CaseloadSamples = 3;
        tally.Victims.Victims = 4;
        tally.Victims.AddConfidence(1);
        tally.Victims.AddConfidence(1);
        tally.Victims.AddConfidence(1);
        tally.Victims.RepeatsReported = 3;
        tally.Victims.RepeatsUnreported = 1;

        var m = MeasureCalculator.Compute(tally, null, Period, []);

        Assert.Equal(0.7, m[MeasureNames.StructuredAssessmentRate]);
        Assert.Equal(0.5, m[MeasureNames.RepeatVictimCheckDone]);
        Assert.Equal(0.25, m[MeasureNames.RepeatVictimsIdentified]);
        Assert.Equal(0.9, m[MeasureNames.CrimesRecorded]);
        Assert.Equal(0.75, m[MeasureNames.ViolenceRecorded]);
        Assert.Equal(10.0, m["recording.crimes_reported"]);
        Assert.Equal(0.75, m[MeasureNames.PlanSet]);
        Assert.Equal(0.5, m[MeasureNames.Supervised]);
        Assert.Equal(0.7, m[MeasureNames.EnquiriesCompleted]);
        Assert.Equal(0.8, m[MeasureNames.VictimsInformed]);
        Assert.Equal(12.0, m["investigation.mean_caseload"]);
        Assert.Equal(0.75, m[MeasureNames.VictimConfidence]);
        Assert.Equal(0.25, m[MeasureNames.UnreportedRepeatCrimes]);

        // One unreported repeat in two days is 182.5 a year.
        Assert.Equal(182.5, m["victims.unreported_repeat_crimes_per_year"]!.Value, 9);
    }

    [Fact]
    public void Costs_appear_per_role_and_in_total()
    {
        RoleCostBreakdown[] costs =
        [
            new(StaffRole.CallHandler, 2, 100),
            new(StaffRole.ResponseOfficer, 3, 200),
            new(StaffRole.Investigator, 0, 0),
            new(StaffRole.Supervisor, 1.5, 50),
        ];

        var m = MeasureCalculator.Compute(new ForceTally(Period), null, Period, costs);

        Assert.Equal(350.0, m[MeasureNames.AnnualCost]);
        Assert.Equal(2.0, m["cost.call_handler_fte"]);
        Assert.Equal(200.0, m["cost.response_officer_gbp"]);
        Assert.Equal(0.0, m["cost.investigator_gbp"]);
        Assert.Equal(1.5, m["cost.supervisor_fte"]);
    }
}
