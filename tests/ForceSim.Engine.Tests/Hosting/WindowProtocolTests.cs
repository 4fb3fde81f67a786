using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;

namespace ForceSim.Engine.Tests.Hosting;

/// <summary>The one window protocol both hosts use: routing, who steps when, resting and the order of collection.</summary>
public sealed class WindowProtocolTests
{
    private static readonly CompiledScenario Model = new(TestScenarios.Shorten(TestScenarios.Load("cambridgeshire-2022.yaml"), days: 2, replications: 1, warmupDays: 0));

    private static readonly LpId Room = new(LpKind.ControlRoom, 0);

    private static readonly double W = Model.WindowMinutes;

    [Fact]
    public void Mail_reaches_its_target_in_effect_time_then_sender_then_sequence_order_whatever_order_it_was_sent_in()
    {
        var protocol = Started();
        var unit = new LpId(LpKind.PatrolUnit, 3);
        List<Message> outbox =
        [
            Shared(from: unit, to: Room, at: 2 * W, sequence: 0),
            Shared(from: unit, to: Room, at: W, sequence: 5),
            Shared(from: Room, to: Room, at: W, sequence: 9),
            Shared(from: unit, to: Room, at: W, sequence: 4),
        ];

        protocol.Route(outbox);
        Assert.True(protocol.NextWindow());

        var mail = protocol.MailOf(protocol.Fixed.IndexOf(Room));
        Assert.Equal([(W, Room, 9L), (W, unit, 4L), (W, unit, 5L), (2 * W, unit, 0L)], mail.Select(m => (m.EffectTime, m.Sender, m.Sequence)));
        Assert.Empty(outbox);
        Assert.Equal(4, protocol.MessagesDelivered);
    }

    [Fact]
    public void A_message_that_would_take_effect_before_the_window_boundary_stops_the_run()
    {
        var protocol = Started();
        protocol.Route([]);
        Assert.True(protocol.NextWindow());

        var late = Assert.Throws<InvalidOperationException>(() => protocol.Route([Shared(from: Room, to: Room, at: W - 1, sequence: 0)]));

        Assert.Contains("Protocol violation", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fixed_process_steps_only_in_windows_where_it_has_mail_or_an_event_of_its_own_due()
    {
        var protocol = Started();
        var room = protocol.Fixed.IndexOf(Room);
        protocol.FixedStepped(room, 2.5 * W);
        protocol.Route([]);

        Assert.True(protocol.NextWindow());
        Assert.DoesNotContain(room, protocol.DueFixed);
        protocol.Route([Shared(from: Room, to: Room, at: W, sequence: 0)]);

        Assert.True(protocol.NextWindow());
        Assert.Contains(room, protocol.DueFixed);
        protocol.FixedStepped(room, 2.5 * W);
        protocol.Route([]);

        Assert.True(protocol.NextWindow());
        Assert.Contains(room, protocol.DueFixed);
        Assert.Empty(protocol.MailOf(room));
    }

    [Fact]
    public void A_victim_with_mail_and_a_wake_up_in_the_same_window_steps_once_and_is_met_once()
    {
        var met = 0;
        var protocol = Started(_ =>
        {
            met++;
            return new object();
        });
        var victim = new LpId(LpKind.Victim, 42);
        protocol.Route([Shared(from: Room, to: victim, at: 0, sequence: 0)]);
        Assert.True(protocol.NextWindow());
        var entry = Assert.Single(protocol.DueVictims);
        protocol.VictimStepped(entry, 1.5 * W); // wakes in window 1
        protocol.Route([Shared(from: Room, to: victim, at: W, sequence: 1)]);

        Assert.True(protocol.NextWindow());

        Assert.Same(entry, Assert.Single(protocol.DueVictims));
        Assert.Single(entry.Mail);
        Assert.Equal(1, met);
        Assert.Equal(1, protocol.VictimsMet);
    }

    [Fact]
    public void A_victim_with_nothing_pending_never_steps_again_until_it_gets_mail()
    {
        var protocol = Started();
        var victim = new LpId(LpKind.Victim, 7);
        protocol.Route([Shared(from: Room, to: victim, at: 0, sequence: 0)]);
        Assert.True(protocol.NextWindow());
        protocol.VictimStepped(protocol.DueVictims[0], double.PositiveInfinity);
        protocol.Route([]);

        for (var k = 1; k < 10 && protocol.NextWindow(); k++)
        {
            Assert.Empty(protocol.DueVictims);
            protocol.Route([]);
        }
    }

    [Fact]
    public void A_message_to_a_victim_the_host_retired_stops_the_run_rather_than_meeting_a_blank_victim()
    {
        var protocol = Started();
        var victim = new LpId(LpKind.Victim, (2L << 40) | 9);
        protocol.Route([Shared(from: Room, to: victim, at: 0, sequence: 0)]);
        Assert.True(protocol.NextWindow());
        protocol.VictimStepped(protocol.DueVictims[0], double.PositiveInfinity);
        protocol.Retire(protocol.DueVictims[0]);

        var refused = Assert.Throws<InvalidOperationException>(() => protocol.Route([Shared(from: Room, to: victim, at: W, sequence: 1)]));

        Assert.Contains("retired", refused.Message, StringComparison.Ordinal);
        Assert.Equal((0, 1L), (protocol.VictimsMet, protocol.VictimsRetired));
        Assert.Null(protocol.Victim(victim.Id));
    }

    [Theory]
    [InlineData(double.PositiveInfinity)]
    [InlineData(5.5)]
    public void A_retired_victims_record_reused_for_a_victim_met_later_steps_only_when_that_victim_is_due(double newcomerNextWindow)
    {
        var protocol = Started();
        var retired = new LpId(LpKind.Victim, (2L << 40) | 9);
        var newcomer = new LpId(LpKind.Victim, (4L << 40) | 3);
        protocol.Route([Shared(from: Room, to: retired, at: 0, sequence: 0)]);
        Assert.True(protocol.NextWindow());
        var record = protocol.DueVictims[0];
        protocol.VictimStepped(record, 5.5 * W); // filed for window 5, then retired: that listing goes stale
        protocol.Retire(record, reuseRecord: true);

        protocol.Route([Shared(from: Room, to: newcomer, at: W, sequence: 1)]);
        Assert.True(protocol.NextWindow());
        var met = Assert.Single(protocol.DueVictims);
        Assert.Same(record, met);
        Assert.Equal((newcomer.Id, -1L), (met.Id, met.LastStep));
        Assert.Equal([1L], met.Mail.Select(m => m.Sequence));
        protocol.VictimStepped(met, newcomerNextWindow * W);

        var steps = new List<long>();
        protocol.Route([]);
        while (protocol.NextWindow() && protocol.Window < 10)
        {
            foreach (var due in protocol.DueVictims)
            {
                steps.Add(protocol.Window);
                protocol.VictimStepped(due, double.PositiveInfinity);
            }

            protocol.Route([]);
        }

        Assert.Equal(double.IsPositiveInfinity(newcomerNextWindow) ? [] : [5L], steps);
        Assert.Equal((1, 1L), (protocol.VictimsMet, protocol.VictimsRetired));
        Assert.Same(record, protocol.Victim(newcomer.Id));
        Assert.Null(protocol.Victim(retired.Id));
    }

    [Fact]
    public void The_step_after_the_last_window_delivers_the_last_messages_and_runs_no_event()
    {
        var protocol = Started();
        var room = protocol.Fixed.IndexOf(Room);
        var end = Model.WindowCount * W;
        protocol.Route([]);
        while (protocol.Window < Model.WindowCount - 1)
        {
            Assert.True(protocol.NextWindow());
            protocol.FixedStepped(room, end + 1);
            protocol.Route(protocol.Window == Model.WindowCount - 1 ? [Shared(from: Room, to: Room, at: end, sequence: 0)] : []);
        }

        Assert.True(protocol.NextWindow());

        Assert.True(protocol.DeliveryOnly);
        Assert.Equal(end, protocol.WindowEnd);
        Assert.Equal([room], protocol.DueFixed);
        Assert.Single(protocol.MailOf(room));
        Assert.Equal(Model.WindowCount, protocol.WindowsDone);
        protocol.Route([]);
        Assert.False(protocol.NextWindow());
    }

    [Fact]
    public void Victims_idle_for_the_rest_horizon_are_named_at_the_end_of_a_simulated_day_and_only_once()
    {
        var protocol = Started(victimIdleMinutes: 1440);
        var victim = new LpId(LpKind.Victim, 9);
        protocol.Route([Shared(from: Room, to: victim, at: 0, sequence: 0)]);
        var named = new List<long>();
        while (protocol.NextWindow() && !protocol.DeliveryOnly)
        {
            foreach (var due in protocol.DueVictims)
            {
                protocol.VictimStepped(due, double.PositiveInfinity);
            }

            protocol.Route([]);
            named.AddRange(protocol.IdleVictims().Select(v => protocol.Window));
        }

        // Stepped in window 0; a day's windows later it has been idle for a day, named at the next day's end.
        Assert.Equal([2 * (long)(1440 / W) - 1], named);
    }

    [Theory]
    [InlineData(65_535L)]
    [InlineData(65_536L)]
    [InlineData(1_000_003L)]
    public void A_retired_victim_is_remembered_whatever_its_number_and_its_neighbours_are_not_mistaken_for_it(long number)
    {
        var protocol = Started();
        var victim = new LpId(LpKind.Victim, (3L << 40) | number);
        protocol.Route([Shared(from: Room, to: victim, at: 0, sequence: 0)]);
        Assert.True(protocol.NextWindow());
        protocol.VictimStepped(protocol.DueVictims[0], double.PositiveInfinity);
        protocol.Retire(protocol.DueVictims[0]);

        protocol.Route([Shared(from: Room, to: new LpId(LpKind.Victim, (3L << 40) | (number + 1)), at: W, sequence: 1), Shared(from: Room, to: new LpId(LpKind.Victim, number), at: W, sequence: 2)]);
        Assert.True(protocol.NextWindow());
        Assert.Equal(2, protocol.VictimsMet);

        Assert.Throws<InvalidOperationException>(() => protocol.Route([Shared(from: Room, to: victim, at: 2 * W, sequence: 3)]));
    }

    [Fact]
    public void A_victim_retired_after_its_step_is_never_named_idle_so_a_host_does_not_rest_what_it_forgot()
    {
        var protocol = Started(victimIdleMinutes: 1440);
        var victim = new LpId(LpKind.Victim, 9);
        protocol.Route([Shared(from: Room, to: victim, at: 0, sequence: 0)]);
        Assert.True(protocol.NextWindow());
        protocol.VictimStepped(protocol.DueVictims[0], double.PositiveInfinity);
        protocol.Retire(protocol.DueVictims[0]);
        protocol.Route([]);
        var named = new List<long>();
        while (protocol.NextWindow() && !protocol.DeliveryOnly)
        {
            protocol.Route([]);
            named.AddRange(protocol.IdleVictims().Select(v => v.Id));
        }

        Assert.Empty(named);
    }

    [Fact]
    public void Measures_are_collected_from_control_rooms_and_units_then_victims_by_id_then_investigations()
    {
        var protocol = Started();
        protocol.Route([Shared(from: Room, to: new LpId(LpKind.Victim, 30), at: 0, sequence: 0), Shared(from: Room, to: new LpId(LpKind.Victim, 4), at: 0, sequence: 1)]);
        var order = new List<LpId>();

        protocol.Collect(
            new ReplicationTally(Model.Period, Model.Forces.Length, Model.ControlRooms.Length),
            (i, _) => order.Add(protocol.Fixed.Ids[i]),
            (victim, _) => order.Add(new LpId(LpKind.Victim, victim.Id)));

        var kinds = order.Select(id => id.Kind).ToList();
        Assert.Equal(LpKind.ControlRoom, kinds[0]);
        Assert.Equal(LpKind.Investigation, kinds[^1]);
        Assert.Equal([4L, 30L], order.Where(id => id.Kind == LpKind.Victim).Select(id => id.Id));
        Assert.True(kinds.IndexOf(LpKind.Victim) > kinds.LastIndexOf(LpKind.PatrolUnit));
    }

    [Fact]
    public void Moving_on_without_routing_the_window_is_refused()
    {
        var protocol = Started();
        protocol.Route([]);
        Assert.True(protocol.NextWindow());

        Assert.Throws<InvalidOperationException>(() => protocol.NextWindow());
    }

    private static WindowProtocol<object> Started(Func<long, object>? meet = null, double victimIdleMinutes = double.PositiveInfinity)
    {
        var protocol = new WindowProtocol<object>(Model, meet ?? (_ => new object()), victimIdleMinutes);
        for (var i = 0; i < protocol.Fixed.Count; i++)
        {
            protocol.FixedStepped(i, double.PositiveInfinity);
        }

        return protocol;
    }

    private static RecordShared Shared(LpId from, LpId to, double at, long sequence) =>
        new() { EffectTime = at, Sender = from, Target = to, Sequence = sequence, VictimId = 1 };
}
