using ForceSim.Engine.Compilation;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Victims;
using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;
using static ForceSim.Testing.Processes.ProtocolMessages;

namespace ForceSim.Engine.Tests.Victims;

/// <summary>
/// When a victim may be forgotten: only once nothing can address it again (no event pending, an outcome for every call
/// it made, the end heard of every referred crime), because a host folds it in and refuses later messages to it.
/// </summary>
public sealed class VictimNothingLeftToDoTests
{
    private const double Day = 1440;

    private static readonly long Victim = VictimId(force: 0, number: 1);

    private static readonly CompiledScenario NoRepeatsModel = new(NoRepeats());

    [Fact]
    public void Victim_whose_contact_brought_no_referral_and_no_repeat_has_nothing_left_to_do()
    {
        var victim = Drive.Victim(NoRepeatsModel, Victim);

        victim.Send(Outcome(Victim, at: 0));
        victim.Step();

        Assert.True(victim.Process.HasNothingLeftToDo);
    }

    [Theory]
    [InlineData(InvestigationUpdateKind.ScreenedOut)]
    [InlineData(InvestigationUpdateKind.ClosedCharged)]
    [InlineData(InvestigationUpdateKind.ClosedNoCharge)]
    public void Victim_of_a_referred_crime_waits_through_progress_updates_until_it_hears_how_the_case_ended(InvestigationUpdateKind end)
    {
        var victim = Drive.Victim(NoRepeatsModel, Victim);
        victim.Send(Outcome(Victim, at: 0) with { Crime = true, Recorded = true, Referred = true });
        victim.Step();
        Assert.False(victim.Process.HasNothingLeftToDo);

        victim.Send(Update(Victim, InvestigationUpdateKind.Informed, at: victim.Now + victim.WindowMinutes));
        victim.RunUntil(2 * Day);
        Assert.False(victim.Process.HasNothingLeftToDo);
        Assert.False(Drive.RestoredVictim(NoRepeatsModel, victim.Process.Snapshot(), victim.Now).Process.HasNothingLeftToDo);

        victim.Send(Update(Victim, end, at: victim.Now + victim.WindowMinutes));
        victim.RunUntil(3 * Day);
        Assert.True(victim.Process.HasNothingLeftToDo);
    }

    [Fact]
    public void Victim_with_a_repeat_pending_or_a_repeat_call_unanswered_still_has_something_to_do()
    {
        var scenario = RepeatsOnceAndReports();
        var victim = Drive.Victim(scenario, Victim);
        victim.Send(Outcome(Victim, at: 0));
        victim.Step();
        Assert.False(victim.Process.HasNothingLeftToDo); // the repeat is pending

        victim.RunUntil(3 * Day);
        var call = Assert.IsType<RepeatCall>(Assert.Single(victim.Sent).Message);
        Assert.False(victim.Process.HasNothingLeftToDo); // its call has had no outcome yet

        victim.Send(Outcome(Victim, at: call.EffectTime + Day, sequence: 1));
        victim.RunUntil(call.EffectTime + (2 * Day));
        Assert.True(victim.Process.HasNothingLeftToDo);
    }

    [Fact]
    public void Victim_whose_repeat_call_was_abandoned_is_done_once_told_and_keeps_its_contact_count_and_confidence()
    {
        var scenario = RepeatsOnceAndReports();
        var victim = Drive.Victim(scenario, Victim);
        victim.Send(Outcome(Victim, at: 0));
        victim.RunUntil(3 * Day);
        var call = Assert.IsType<RepeatCall>(Assert.Single(victim.Sent).Message);
        var confidence = victim.Process.Confidence;
        Assert.False(victim.Process.HasNothingLeftToDo);

        victim.Send(Outcome(Victim, at: call.EffectTime + Day, sequence: 1) with { Abandoned = true });
        victim.RunUntil(call.EffectTime + (2 * Day));

        Assert.True(victim.Process.HasNothingLeftToDo);
        Assert.Equal(1, victim.Process.Contacts);
        Assert.Equal(confidence, victim.Process.Confidence);
        Assert.Equal(JourneyKind.CallAbandoned, victim.Process.Journey[^1].Kind);
        Assert.True(Drive.RestoredVictim(new CompiledScenario(scenario), victim.Process.Snapshot(), victim.Now).Process.HasNothingLeftToDo);
    }

    /// <summary>Every victim is victimised once more two days after its contact, and reports it ten minutes later.</summary>
    private static Scenario RepeatsOnceAndReports() => TestScenarios.OneForce().WithVictims(v => v with
    {
        InitialConfidence = 1,
        RepeatProbabilityNotSafeguarded = 1,
        RepeatProbabilitySafeguarded = 1,
        MaxRepeatsPerVictim = 1,
        RepeatDelayDays = Distribution.Constant(2),
        ReportDelayMinutes = Distribution.Constant(10),
    });

    private static Scenario NoRepeats() => TestScenarios.OneForce().WithVictims(v => v with
    {
        RepeatProbabilityNotSafeguarded = 0,
        RepeatProbabilitySafeguarded = 0,
    });
}
