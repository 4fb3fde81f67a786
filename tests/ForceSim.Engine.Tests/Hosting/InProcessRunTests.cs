using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Victims;

namespace ForceSim.Engine.Tests.Hosting;

/// <summary>The in-process host follows the window protocol and leaves a run that can be queried.</summary>
public sealed class InProcessRunTests
{
    private static readonly CompiledScenario Model = new(TestScenarios.ShortCambridgeshire(days: 45, replications: 1));

    [Fact]
    public void A_run_exchanges_messages_between_all_four_kinds_of_process()
    {
        var run = new InProcessRun(Model, replication: 0);
        var tally = run.Run();

        Assert.True(run.MessagesDelivered > 10_000);
        Assert.NotEmpty(run.Victims);
        Assert.Contains(run.PatrolUnits, u => u.ShiftLog.Count > 0);
        Assert.True(run.Investigations.Single().OpenCases > 0);
        Assert.True(tally.EventsProcessed > 100_000);
    }

    /// <summary>The hand-driven replication the one-call story uses must be the host's protocol, not a look-alike.</summary>
    [Fact]
    public void A_replication_driven_by_hand_window_by_window_gives_the_in_process_host_s_measures_byte_for_byte()
    {
        var model = new CompiledScenario(TestScenarios.OneForce());
        var byHand = Drive.Replication(TestScenarios.OneForce()).RunToEnd();
        var hosted = new InProcessRun(model, replication: 0).Run();

        Assert.True(hosted.AllForces().Investigation.Referred > 0);
        Assert.Equal(TallyCodec.Encode(hosted), TallyCodec.Encode(byHand));
    }

    [Fact]
    public void Victim_journeys_account_for_every_counted_repeat_victimisation()
    {
        var run = new InProcessRun(Model, replication: 0);
        var tally = run.Run();
        var period = Model.Period;
        var inJourneys = run.Victims.SelectMany(v => v.Journey)
            .Count(s => s.Kind is JourneyKind.RepeatVictimisation or JourneyKind.RepeatNotReported && period.Contains(s.Time));

        Assert.Equal(tally.AllForces().Victims.RepeatVictimisations, inJourneys);
        Assert.True(inJourneys > 0);
    }

    [Fact]
    public void Repeat_callers_reach_the_control_room_as_true_repeat_contacts()
    {
        var run = new InProcessRun(Model, replication: 0);
        var tally = run.Run();
        var repeatVictims = run.Victims.Count(v => v.Contacts > 1);

        Assert.True(repeatVictims > 0);
        Assert.True(tally.AllForces().Triage.TrueRepeats > 0);
    }

    [Fact]
    public void Units_are_never_busier_than_the_units_on_duty_allow_over_the_run()
    {
        var tally = new InProcessRun(Model, replication: 0).Run();
        var response = tally.AllForces().Response;
        var utilisation = response.UnitsBusy.Area / response.UnitsOnDuty.Area;

        // Busy units can exceed those on shift only through overtime at shift ends, never on average by much.
        Assert.InRange(utilisation, 0.3, 1.1);
        Assert.Equal(response.Dispatched.Sum(), response.Attended.Sum(), tolerance: response.Dispatched.Sum() * 0.01);
        Assert.True(tally.AllForces().Contact.Offered[0] > 0);
    }
}
