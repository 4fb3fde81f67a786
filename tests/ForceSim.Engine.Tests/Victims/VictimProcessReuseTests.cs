using ForceSim.Engine.Compilation;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;
using ForceSim.Engine.Victims;
using ForceSim.Model.Distributions;
using ForceSim.Testing.Processes;
using static ForceSim.Testing.Processes.ProtocolMessages;

namespace ForceSim.Engine.Tests.Victims;

/// <summary>
/// A finished victim's process made into a new victim's (as the in-process host does with victims it retires) must be
/// indistinguishable from a process made for the new victim afresh: same draws, same journey, same messages, same tally.
/// </summary>
public sealed class VictimProcessReuseTests
{
    private const double Day = 1440;

    // Every victim is victimised again up to the limit, with drawn delays and report times, so a draw from the wrong
    // stream or a count carried over from the victim before would show.
    private static readonly CompiledScenario Model = new(TestScenarios.OneForce().WithVictims(v => v with
    {
        InitialConfidence = 0.99,
        RepeatProbabilityNotSafeguarded = 1,
        RepeatProbabilitySafeguarded = 1,
        MaxRepeatsPerVictim = 3,
        RepeatDelayDays = Distribution.Exponential(3),
        ReportDelayMinutes = Distribution.Exponential(30),
    }));

    [Theory]
    [InlineData(2)]
    [InlineData(17)]
    [InlineData(403)]
    public void A_finished_victim_reused_for_another_lives_exactly_as_a_process_made_for_that_victim_afresh(long number)
    {
        // The first victim is attended in time, so it reports every repeat (its counts and confidence rise); the
        // next is attended late, so what it reports depends on confidence it must not inherit.
        var first = Drive.Victim(Model, VictimId(force: 0, number: 1));
        LiveUntilFinished(first, late: false);
        Assert.Equal(3, first.SentOf<RepeatCall>().Count());
        var id = VictimId(force: 0, number: number);

        var reused = new ProcessDriver<VictimProcess>(Model, first.Process.Reuse(id));
        var fresh = Drive.Victim(Model, id);
        LiveUntilFinished(reused, late: true);
        LiveUntilFinished(fresh, late: true);

        Assert.Equal(id, reused.Process.Id.Id);
        Assert.Equal(fresh.Process.Journey, reused.Process.Journey);
        Assert.Equal(fresh.Process.Contribution, reused.Process.Contribution);
        Assert.Equal(fresh.Sent.Select(s => s.Message), reused.Sent.Select(s => s.Message));
        Assert.Equal(fresh.Process.Snapshot().Random, reused.Process.Snapshot().Random);
    }

    [Fact]
    public void A_victim_with_something_left_to_do_cannot_become_another_victim()
    {
        var victim = Drive.Victim(Model, VictimId(force: 0, number: 1));
        victim.Send(Outcome(VictimId(force: 0, number: 1), at: 0) with { Crime = true, Recorded = true, Referred = true });
        victim.Step();

        Assert.Throws<InvalidOperationException>(() => victim.Process.Reuse(VictimId(force: 0, number: 2)));
    }

    [Fact]
    public void A_reused_victim_is_made_from_its_own_stream_not_the_one_it_had()
    {
        var first = Drive.Victim(Model, VictimId(force: 0, number: 1));
        LiveUntilFinished(first, late: false);
        var before = first.Process.Snapshot().Random;

        var reused = first.Process.Reuse(VictimId(force: 0, number: 2));

        Assert.Equal(SeededRandom.StateFor(Model.Seed, 0, LpKind.Victim, VictimId(force: 0, number: 2), "victimisation"), reused.Snapshot().Random);
        Assert.NotEqual(before, reused.Snapshot().Random);
    }

    /// <summary>A first contact, then an outcome for every repeat call it makes, until it has nothing left to do.</summary>
    private static void LiveUntilFinished(ProcessDriver<VictimProcess> victim, bool late)
    {
        var id = victim.Process.Id.Id;
        victim.Send(Outcome(id, at: victim.Now) with { Late = late });
        var answered = 0;
        for (var day = 1; day < 120 && !victim.Process.HasNothingLeftToDo; day++)
        {
            victim.RunUntil(victim.Now + Day);
            foreach (var call in victim.SentOf<RepeatCall>().Skip(answered))
            {
                victim.Send(Outcome(id, at: victim.Now + victim.WindowMinutes, sequence: ++answered));
            }
        }

        Assert.True(victim.Process.HasNothingLeftToDo);
    }
}
