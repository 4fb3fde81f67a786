using ForceSim.Engine.Compilation;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Victims;
using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;
using static ForceSim.Testing.Processes.ProtocolMessages;

namespace ForceSim.Engine.Tests.Victims;

/// <summary>
/// One victim driven by hand: how contact outcomes and investigation updates move their confidence, when a repeat
/// victimisation follows, how a reported repeat reaches the control room, and that a rested victim comes back unchanged.
/// </summary>
public sealed class VictimProcessTests
{
    private const double Day = 1440;

    private static readonly long Victim = VictimId(force: 0, number: 1);

    [Theory]
    [InlineData(false, false, 0.5 + 0.04)]
    [InlineData(true, true, 0.5 - 0.02)]
    [InlineData(true, false, 0.5 - 0.25)]
    public void Victim_s_confidence_moves_by_the_scenario_s_amount_for_attendance_in_time_late_and_told_or_late_and_not_told(bool late, bool toldOfDelay, double expected)
    {
        var victim = Drive.Victim(Confidence(v => v with { AttendedInTime = 0.04, LateToldOfDelay = -0.02, LateNotTold = -0.25 }), Victim);

        victim.Send(Outcome(Victim, at: 0) with { Late = late, ToldOfDelay = toldOfDelay });
        victim.Step();

        Assert.Equal(expected, victim.Process.Confidence, precision: 12);
        var step = Assert.Single(victim.Process.Journey);
        Assert.Equal((JourneyKind.Contact, late), (step.Kind, step.Late));
        Assert.Equal(victim.Process.Confidence, step.ConfidenceAfter);
    }

    [Fact]
    public void Victim_reacts_to_a_contact_outcome_only_once_its_effect_time_is_reached()
    {
        var victim = Drive.Victim(Confidence(v => v with { LateNotTold = -0.25 }), Victim);
        var effect = 3 * victim.WindowMinutes;

        victim.Send(Outcome(Victim, at: effect) with { Late = true });
        victim.RunUntil(effect);

        Assert.Equal(0.5, victim.Process.Confidence);
        Assert.Equal(effect, victim.Process.NextEventTime);
        victim.Step();
        Assert.Equal(0.25, victim.Process.Confidence, precision: 12);
    }

    [Fact]
    public void Victim_whose_crime_is_not_recorded_loses_the_scenario_s_amount_of_confidence()
    {
        var victim = Drive.Victim(Confidence(v => v with { CrimeNotRecorded = -0.1 }), Victim);

        victim.Send(Outcome(Victim, at: 0) with { Attended = false, ResponseMinutes = double.NaN, Crime = true, Recorded = false });
        victim.Step();

        Assert.Equal(0.4, victim.Process.Confidence, precision: 12);
        Assert.False(Assert.Single(victim.Process.Journey).Recorded);
    }

    [Theory]
    [InlineData(InvestigationUpdateKind.Informed, 0.5 + 0.03, JourneyKind.KeptInformed)]
    [InlineData(InvestigationUpdateKind.NotInformed, 0.5 - 0.2, JourneyKind.NotInformed)]
    [InlineData(InvestigationUpdateKind.ScreenedOut, 0.5, JourneyKind.ScreenedOut)]
    [InlineData(InvestigationUpdateKind.ClosedCharged, 0.5, JourneyKind.ClosedCharged)]
    public void Victim_s_confidence_moves_by_the_scenario_s_amount_for_an_update_given_or_missed_and_not_for_an_outcome(
        InvestigationUpdateKind kind, double expected, JourneyKind step)
    {
        var victim = Drive.Victim(Confidence(v => v with { KeptInformed = 0.03, NotInformed = -0.2 }), Victim);

        victim.Send(Update(Victim, kind, at: 2 * Day));
        victim.RunUntil(3 * Day);

        Assert.Equal(expected, victim.Process.Confidence, precision: 12);
        var entry = Assert.Single(victim.Process.Journey);
        Assert.Equal((2 * Day, step), (entry.Time, entry.Kind));
    }

    [Theory]
    [InlineData(true, false, false, false, false, true)] // vulnerable and nobody noticed
    [InlineData(true, true, false, true, true, false)] // vulnerability recognised and the crime recorded
    [InlineData(true, false, true, false, false, false)] // recognised as a repeat victim
    [InlineData(true, true, false, true, false, true)] // recognised, but an unrecorded crime gets no safeguarding
    [InlineData(false, false, false, true, true, false)] // not vulnerable: the safeguarded chance applies
    public void Victim_suffers_a_repeat_after_the_delay_only_when_vulnerable_and_not_safeguarded_when_those_chances_are_one_and_zero(
        bool vulnerable, bool vulnerabilityIdentified, bool repeatIdentified, bool crime, bool recorded, bool repeats)
    {
        var scenario = TestScenarios.OneForce().WithVictims(v => v with
        {
            RepeatProbabilityNotSafeguarded = 1,
            RepeatProbabilitySafeguarded = 0,
            RepeatDelayDays = Distribution.Constant(2),
        });
        var victim = Drive.Victim(scenario, Victim);
        var effect = victim.WindowMinutes;

        victim.Send(Outcome(Victim, at: effect) with
        {
            Vulnerable = vulnerable,
            VulnerabilityIdentified = vulnerabilityIdentified,
            RepeatIdentified = repeatIdentified,
            Crime = crime,
            Recorded = recorded,
        });
        victim.RunUntil(2 * victim.WindowMinutes);

        Assert.Equal(repeats ? effect + (2 * Day) : double.PositiveInfinity, victim.Process.NextEventTime);
    }

    [Fact]
    public void Vulnerable_victims_not_safeguarded_suffer_repeats_at_the_not_safeguarded_rate_and_safeguarded_ones_at_the_safeguarded_rate()
    {
        const int victims = 2000;
        var model = new CompiledScenario(TestScenarios.OneForce().WithVictims(v => v with { RepeatProbabilityNotSafeguarded = 0.3, RepeatProbabilitySafeguarded = 0.1 }));

        int Repeats(bool safeguarded) => Enumerable.Range(1, victims).Count(number =>
        {
            var id = VictimId(force: 0, number);
            var victim = Drive.Victim(model, id);
            victim.Send(Outcome(id, at: 0) with { Vulnerable = true, VulnerabilityIdentified = safeguarded });
            victim.Step();
            return victim.Process.NextEventTime < double.PositiveInfinity;
        });

        BinomialCount.AssertPlausible("repeats of victims not safeguarded", Repeats(safeguarded: false), victims, 0.3);
        BinomialCount.AssertPlausible("repeats of victims safeguarded", Repeats(safeguarded: true), victims, 0.1);
    }

    [Theory]
    [InlineData(0, 1560)] // reported at once, heard at the boundary after the repeat (at 1530, in the window ending 1560)
    [InlineData(90, 1620)] // reported after 90 minutes, past that boundary
    public void Repeat_crime_the_victim_reports_reaches_the_control_room_as_a_repeat_call_no_earlier_than_the_window_end(double reportDelayMinutes, double effectTime)
    {
        var scenario = TestScenarios.OneForce().WithVictims(v => v with
        {
            InitialConfidence = 1,
            RepeatProbabilityNotSafeguarded = 1,
            RepeatProbabilitySafeguarded = 1,
            RepeatDelayDays = Distribution.Constant(1),
            ReportDelayMinutes = Distribution.Constant(reportDelayMinutes),
        });
        var victim = Drive.Victim(scenario, Victim);

        victim.Send(Outcome(Victim, at: 90) with { Vulnerable = true, Channel = Channel.NonEmergency });
        victim.RunUntil(2 * Day);

        var sent = Assert.Single(victim.Sent);
        Assert.Equal(1560, sent.WindowEnd);
        var call = Assert.IsType<RepeatCall>(sent.Message);
        Assert.Equal(effectTime, call.EffectTime);
        Assert.Equal((ControlRoom(), Victim, 0, 0, 0), (call.Target, call.VictimId, call.Force, call.LastForce, call.IncidentType));
        Assert.Equal((Channel.NonEmergency, true, 1), (call.Channel, call.Vulnerable, call.PriorContacts));
        Assert.Equal((90 + Day, JourneyKind.RepeatVictimisation), (victim.Process.Journey[^1].Time, victim.Process.Journey[^1].Kind));
        var tally = victim.Collect().Forces[0].Victims;
        Assert.Equal((1, 1, 0), (tally.RepeatVictimisations, tally.RepeatsReported, tally.RepeatsUnreported));
    }

    [Fact]
    public void Victim_with_no_confidence_leaves_a_repeat_crime_unreported()
    {
        var scenario = TestScenarios.OneForce().WithVictims(v => v with
        {
            InitialConfidence = 0,
            RepeatProbabilityNotSafeguarded = 1,
            RepeatProbabilitySafeguarded = 1,
            RepeatDelayDays = Distribution.Constant(1),
        });
        var victim = Drive.Victim(scenario, Victim);

        victim.Send(Outcome(Victim, at: 0) with { Attended = false, ResponseMinutes = double.NaN });
        victim.RunUntil(2 * Day);

        Assert.Empty(victim.Sent);
        Assert.Equal(JourneyKind.RepeatNotReported, victim.Process.Journey[^1].Kind);
        var tally = victim.Collect().Forces[0].Victims;
        Assert.Equal((1, 0, 1), (tally.RepeatVictimisations, tally.RepeatsReported, tally.RepeatsUnreported));
    }

    [Fact]
    public void Victim_first_in_contact_during_the_warm_up_is_left_out_of_the_victim_measures()
    {
        var scenario = TestScenarios.OneForce().WithWarmupDays(1);
        var early = Drive.Victim(scenario, Victim);
        var later = Drive.Victim(scenario, VictimId(force: 0, number: 2));

        early.Send(Outcome(Victim, at: 0.5 * Day));
        later.Send(Outcome(VictimId(force: 0, number: 2), at: 1.5 * Day));
        early.RunUntil(2 * Day);
        later.RunUntil(2 * Day);

        var earlyTally = early.Collect().Forces[0].Victims;
        var laterTally = later.Collect().Forces[0].Victims;
        Assert.Equal((0, 0.0), (earlyTally.Victims, earlyTally.ConfidenceSum));
        Assert.Equal((1, later.Process.Confidence), (laterTally.Victims, laterTally.ConfidenceSum));
    }

    [Fact]
    public void Victim_restored_from_a_snapshot_behaves_exactly_as_the_victim_it_was_taken_from()
    {
        // Every contact brings a repeat; when it comes and whether it is reported are random, so the stream's state matters.
        var model = new CompiledScenario(TestScenarios.OneForce().WithHorizonDays(60).WithVictims(v => v with
        {
            InitialConfidence = 0.6,
            RepeatProbabilityNotSafeguarded = 1,
            RepeatProbabilitySafeguarded = 1,
            RepeatDelayDays = Distribution.Exponential(3),
            ReportDelayMinutes = Distribution.Exponential(120),
        }));
        var original = Drive.Victim(model, Victim);
        original.Send(Outcome(Victim, at: 0) with { Vulnerable = true, Late = true });
        original.RunUntil(Day);
        original.Send(Update(Victim, InvestigationUpdateKind.NotInformed, at: original.Now + (3 * original.WindowMinutes)));
        original.Step(); // the update is now pending in the victim's calendar, as is the repeat

        var restored = Drive.RestoredVictim(model, original.Process.Snapshot(), original.Now);
        var sentBefore = original.Sent.Count;
        var journeyBefore = original.Process.Journey.Count;
        foreach (var driver in (ProcessDriver<VictimProcess>[])[original, restored])
        {
            foreach (var day in (double[])[5, 12, 20])
            {
                driver.RunUntil(day * Day);
                driver.Send(Outcome(Victim, at: driver.Now, sequence: (long)day) with { Late = day > 10 });
            }

            driver.RunToEnd();
        }

        Assert.True(original.Process.Journey.Count - journeyBefore >= 6, "the contacts, the update and their repeats after the snapshot");
        Assert.Equal(original.Sent.Skip(sentBefore), restored.Sent);
        Assert.Equal(original.Process.Journey, restored.Process.Journey);
        Assert.Equal(original.Process.Contribution, restored.Process.Contribution);
        Assert.Equal(original.Process.NextEventTime, restored.Process.NextEventTime);
    }

    /// <summary>The one-force scenario with victims who start at confidence 0.5, changed further by <paramref name="change"/>.</summary>
    private static Scenario Confidence(Func<VictimSettings, VictimSettings> change) =>
        TestScenarios.OneForce().WithVictims(v => change(v with { InitialConfidence = 0.5 }));
}
