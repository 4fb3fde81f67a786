using ForceSim.Engine.Compilation;
using ForceSim.Engine.ControlRooms;
using ForceSim.Engine.Protocol;
using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;
using static ForceSim.Engine.Tests.ControlRooms.TestControlRoom;

namespace ForceSim.Engine.Tests.ControlRooms;

public sealed class ControlRoomProcessTests
{
    private const long Victim = 7;

    /// <summary>One 999 call's whole life, told window by window: 2 minutes on the phone, 5 travelling, 30 on scene.</summary>
    [Fact]
    public void A_999_call_is_answered_graded_attended_and_closed_in_order()
    {
        var room = new ControlRoomProcess(Single(units: 1), roomIndex: 0, replication: 0);
        var outbox = new List<Message>();
        room.Deliver(new ShiftPlan { EffectTime = 0, Sender = new LpId(LpKind.PatrolUnit, 0), Target = room.Id, Sequence = 0, Unit = 0, From = 0, To = 1440 });
        room.Deliver(RepeatCall(at: 10));

        room.Advance(10.5, outbox);
        Assert.Equal(1, room.Status().HandlersBusy);     // answered at once
        Assert.Equal(1, room.Status().Answered[(int)Channel.Emergency]);

        room.Advance(12.5, outbox);
        Assert.Equal(0, room.Status().HandlersBusy);     // call over at 12: graded and the unit sent

        room.Advance(46.5, outbox);
        Assert.Empty(outbox);                            // on scene from 17, not yet cleared
        Assert.Equal(0, room.UnitBusyMinutes(0));

        room.Advance(47.5, outbox);
        var outcome = Assert.IsType<ContactOutcome>(Assert.Single(outbox));
        Assert.Equal((new LpId(LpKind.Victim, Victim), 47.5), (outcome.Target, outcome.EffectTime));
        Assert.Equal((Grade.Emergency, Grade.Emergency), (outcome.NeededGrade, outcome.GivenGrade));
        Assert.True(outcome.Attended);
        Assert.Equal(7, outcome.ResponseMinutes);        // 2 on the phone + 5 travelling
        Assert.False(outcome.Late);
        Assert.Equal(35, room.UnitBusyMinutes(0));       // from dispatch at 12 to clear at 47
        Assert.Equal(1440, room.NextEventTime);           // nothing more until the roster changes and the shift ends
    }

    [Fact]
    public void A_victim_who_rang_again_and_hung_up_unanswered_is_told_nothing_follows()
    {
        var room = new ControlRoomProcess(NobodyAnswering(), roomIndex: 0, replication: 0);
        var outbox = new List<Message>();
        room.Deliver(RepeatCall(at: 10) with { Channel = Channel.NonEmergency });

        room.Advance(11.5, outbox);
        Assert.Empty(outbox); // still waiting to be answered

        room.Advance(12.5, outbox); // hung up after two minutes
        var outcome = Assert.IsType<ContactOutcome>(Assert.Single(outbox));
        Assert.Equal((new LpId(LpKind.Victim, Victim), 12.5, 10.0), (outcome.Target, outcome.EffectTime, outcome.ContactTime));
        Assert.True(outcome.Abandoned);
        Assert.False(outcome.Attended || outcome.Crime || outcome.Referred);
        Assert.Equal(1, room.Status().Abandoned[(int)Channel.NonEmergency]);
    }

    [Fact]
    public void A_first_time_caller_who_hung_up_unanswered_has_no_victim_to_tell()
    {
        var room = new ControlRoomProcess(NobodyAnswering(), roomIndex: 0, replication: 0);
        var outbox = new List<Message>();
        room.Deliver(RepeatCall(at: 10) with { Channel = Channel.NonEmergency, PriorContacts = 0 });

        room.Advance(20, outbox);

        Assert.Empty(outbox);
        Assert.Equal(1, room.Status().Abandoned[(int)Channel.NonEmergency]);
    }

    /// <summary>No call handler on duty, and 101 callers who hang up after two minutes without ringing 999.</summary>
    private static CompiledScenario NobodyAnswering()
    {
        var room = Room("room", handlers: 0) with
        {
            Channels = new Dictionary<Channel, ChannelSettings>
            {
                [Channel.Emergency] = new() { HandleMinutes = Distribution.Constant(2) },
                [Channel.NonEmergency] = new() { HandleMinutes = Distribution.Constant(5), PatienceSeconds = Distribution.Constant(120) },
            },
        };
        return Compile([room], [Force("force", "room")]);
    }

    private static RepeatCall RepeatCall(double at) => new()
    {
        EffectTime = at,
        Sender = new LpId(LpKind.Victim, Victim),
        Target = new LpId(LpKind.ControlRoom, 0),
        Sequence = 0,
        VictimId = Victim,
        Force = 0,
        LastForce = 0,
        IncidentType = EmergencyType,
        Channel = Channel.Emergency,
        Vulnerable = false,
        PriorContacts = 1,
    };
}
