using ForceSim.Engine.ControlRooms;
using ForceSim.Engine.Protocol;
using ForceSim.Model.Scenarios;
using static ForceSim.Engine.Tests.ControlRooms.TestControlRoom;

namespace ForceSim.Engine.Tests.ControlRooms;

public sealed class ContactDemandTests
{
    [Fact]
    public void A_repeat_victim_calling_on_a_channel_the_room_does_not_run_rings_101()
    {
        var model = Single();
        var context = Context();
        context.MoveTo(30);
        var demand = new ContactDemand(model, model.ControlRooms[0], context);

        var contact = demand.RepeatCall(Repeat(Channel.Online));

        Assert.Equal(Channel.NonEmergency, contact.Channel);
        Assert.Equal((30.0, 5L, 2, true), (contact.ArrivalTime, contact.VictimId, contact.PriorContacts, contact.Vulnerable));
        Assert.Equal(ContactState.Ringing, contact.State);
    }

    [Fact]
    public void A_101_caller_who_hung_up_rings_999_only_where_the_room_answers_999()
    {
        var withEmergency = Single();
        var without = Compile([Room("room") with { Channels = new Dictionary<Channel, ChannelSettings> { [Channel.NonEmergency] = new() { HandleMinutes = Model.Distributions.Distribution.Constant(5) } } }], [Force("force", "room")]);
        var abandoned = Call(Channel.NonEmergency, patienceMinutes: 1);
        abandoned.Queue();
        abandoned.Abandon();

        Assert.NotNull(new ContactDemand(withEmergency, withEmergency.ControlRooms[0], Context()).Spill(abandoned));
        Assert.Null(new ContactDemand(without, without.ControlRooms[0], Context()).Spill(abandoned));
    }

    [Fact]
    public void Demand_draws_the_same_callers_whatever_the_room_staffing()
    {
        var few = Single(handlers: 1);
        var many = Single(handlers: 40, handlersReserved: 5);
        var first = new ContactDemand(few, few.ControlRooms[0], Context()).RepeatCall(Repeat(Channel.Emergency));
        var second = new ContactDemand(many, many.ControlRooms[0], Context()).RepeatCall(Repeat(Channel.Emergency));

        Assert.Equal(first.Profile, second.Profile);
        Assert.NotEqual(0.5, first.UStructured); // drawn, not a default
    }

    private static RepeatCall Repeat(Channel channel) => new()
    {
        EffectTime = 30,
        Sender = new LpId(LpKind.Victim, 5),
        Target = new LpId(LpKind.ControlRoom, 0),
        Sequence = 0,
        VictimId = 5,
        Force = 0,
        IncidentType = PriorityType,
        Channel = channel,
        Vulnerable = true,
        PriorContacts = 2,
    };
}
