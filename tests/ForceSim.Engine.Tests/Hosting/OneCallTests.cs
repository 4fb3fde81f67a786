using ForceSim.Engine.Protocol;
using ForceSim.Model.Scenarios;
using static ForceSim.Testing.Processes.ProtocolMessages;

namespace ForceSim.Engine.Tests.Hosting;

/// <summary>
/// One 999 call's whole life across the real processes (control room, patrol unit, investigation, victim), each window's
/// messages routed between them by the engine's own window protocol. Every time and decision in the scenario is fixed,
/// so each step is asserted exactly. The call enters as the victim's <see cref="RepeatCall"/>: a first-time caller's
/// arrival time is a Poisson draw that no setting makes certain.
/// </summary>
public sealed class OneCallTests
{
    private const double Hour = 60;
    private const double Day = 1440;
    private static readonly long Victim = VictimId(force: 0, number: 1);

    [Fact]
    public void A_999_call_is_answered_graded_attended_recorded_and_investigated_and_its_victim_kept_informed()
    {
        var run = Drive.Replication(TestScenarios.FromYaml(OneCallYaml, "one-call.yaml"));

        // 06:00: the unit publishes its 07:00-17:00 shift a window ahead, so the control room knows it can send it.
        var plan = Assert.IsType<ShiftPlan>(Assert.Single(run.RunUntil(7 * Hour)));
        Assert.Equal((7 * Hour, 7 * Hour, 17 * Hour), (plan.EffectTime, plan.From, plan.To));

        // 10:00: the victim rings 999 about an assault, and the one handler on duty answers at once.
        run.Send(Call(at: 10 * Hour));
        var sent = run.RunUntil(11 * Hour);
        var room = run.ControlRooms[0].Status();
        Assert.Equal((1, 1, 0), (room.Offered[0], room.Answered[0], room.CallsWaiting[0]));

        // 10:02: the call ends and the incident is graded emergency, as the assault needs.
        var outcome = Assert.Single(sent.OfType<ContactOutcome>());
        Assert.Equal((Grade.Emergency, Grade.Emergency), (outcome.NeededGrade, outcome.GivenGrade));

        // The unit is sent at once and is on scene at 10:07: 2 minutes on the phone and 5 travelling, inside the 15-minute target.
        Assert.True(outcome.Attended);
        Assert.Equal(2 + 5, outcome.ResponseMinutes);
        Assert.False(outcome.Late);

        // 10:37: after 30 minutes on scene the crime is recorded and referred to investigation, and the unit owes a write-up.
        Assert.True(outcome.Recorded);
        var referral = Assert.Single(sent.OfType<CrimeReferral>());
        Assert.Equal((new LpId(LpKind.Investigation, 0), Victim, (10 * Hour) + 37), (referral.Target, referral.VictimId, referral.RecordedAt));
        Assert.Equal(30, Assert.Single(sent.OfType<UnitWorkload>()).PaperworkMinutes);
        Assert.All(sent, m => Assert.Equal(11 * Hour, m.EffectTime)); // everyone hears at the next boundary

        // 11:00: the outcome reaches the victim (their process is made for this first message): police came in time,
        // and their confidence rises from 0.5 by 0.1.
        Assert.Null(run.Victim(Victim));
        run.Step();
        Assert.Equal(0.6, run.Victim(Victim)!.Confidence, precision: 12);

        // Next day, 06:00: the unit plans its shift with the write-up first, so it is free from 07:30.
        var nextPlan = Assert.IsType<ShiftPlan>(Assert.Single(run.RunUntil(Day + (8 * Hour))));
        Assert.Equal((Day + (7.5 * Hour), Day + (17 * Hour)), (nextPlan.From, nextPlan.To));

        // 08:00: the allocation point. The crime was waiting for it and goes to the investigator.
        Assert.Equal(0, run.Investigations[0].OpenCases);
        run.Step();
        Assert.Equal(1, run.Investigations[0].OpenCases);

        // A day later, 08:00: the victim's update is due, the investigator has time and tells them; confidence rises by 0.05.
        var update = Assert.Single(run.RunUntil((2 * Day) + (9 * Hour)).OfType<InvestigationUpdate>());
        Assert.Equal((Victim, InvestigationUpdateKind.Informed, (2 * Day) + (8 * Hour)), (update.Target.Id, update.Kind, update.At));
        run.Step();
        Assert.Equal(0.65, run.Victim(Victim)!.Confidence, precision: 12);

        // The run's measures count the same single call.
        var force = run.RunToEnd().Forces[0];
        Assert.Equal((1, 1), (force.Contact.AnsweredWithoutWait[0], force.Recording.CrimesRecorded));
        Assert.Equal((1, 1, 1), (force.Investigation.Referred, force.Investigation.UpdatesDue, force.Investigation.UpdatesDelivered));
    }

    /// <summary>The victim's call about an assault, as their process would send it.</summary>
    private static RepeatCall Call(double at) => new()
    {
        EffectTime = at,
        Sender = new LpId(LpKind.Victim, Victim),
        Target = ControlRoom(0),
        Sequence = 0,
        VictimId = Victim,
        Force = 0,
        LastForce = 0,
        IncidentType = 0,
        Channel = Channel.Emergency,
        Vulnerable = false,
        PriorContacts = 1,
    };

    /// <summary>
    /// One force with no demand of its own (the test makes the call), one handler and one unit; every time a constant and
    /// every chance 0 or 1. All values are assumed test values, not a calibration.
    /// </summary>
    private const string OneCallYaml = """
        name: One call
        run: {seed: 1, replications: 1, warmup_days: 0, horizon_days: 3, window_minutes: 60}
        control_rooms:
          - id: room
            call_handlers: {abstraction_rate: 0, shifts: [{name: all_day, start_hour: 0, hours: 24, staff: 1}]}
            channels:
              emergency: {handle_minutes: {dist: constant, value: 2}}
            triage:
              structured_assessment: {mandatory_for: {channels: [emergency]}}
              repeat_victim_check: {mandatory_for: {channels: [emergency]}}
              undergrade: {structured: {vulnerable: 0, other: 0}, unstructured: {vulnerable: 0, other: 0}}
        forces:
          - id: force
            control_room: room
            demand: {annual_volume: {emergency: 0}}
            incident_types:
              - id: assault
                share: {emergency: 1}
                grade: emergency
                crime: {probability: 1, class: violence}
                vulnerability: 0
                victim: 1
                on_scene_minutes: {dist: constant, value: 30}
            grades: {emergency: {urban_minutes: 15}}
            response:
              shifts: [{name: day, start_hour: 7, hours: 10, units: 1}]
              abstraction: {training: 0, court: 0, sickness: 0, leave: 0}
              paperwork_minutes_per_crime: 30
            travel: {model: distribution, minutes: {dist: constant, value: 5}, urban_share: 1}
            recording: {probability: {violence: 1}}
            investigation:
              investigators: 1
              supervisors: 1
              screened_out_share: 0
              lines_of_enquiry: {dist: constant, value: 1}
              hours_per_line: {dist: constant, value: 100}
              victim_update_interval_days: 1
              allocation_hour: 8
            victims:
              initial_confidence: 0.5
              confidence_change: {attended_in_time: 0.1, kept_informed: 0.05}
              repeat: {safeguarded: 0, not_safeguarded: 0}
        """;
}
