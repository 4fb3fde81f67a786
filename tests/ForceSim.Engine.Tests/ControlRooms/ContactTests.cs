using ForceSim.Engine.ControlRooms;
using ForceSim.Model.Scenarios;
using static ForceSim.Engine.Tests.ControlRooms.TestControlRoom;

namespace ForceSim.Engine.Tests.ControlRooms;

public sealed class ContactTests
{
    [Fact]
    public void Contact_goes_through_an_attended_life_in_order()
    {
        var contact = Call(Channel.Emergency, at: 10);
        Assert.Equal(ContactState.Ringing, contact.State);

        contact.Queue();
        contact.Answer(12, TriageWork.None);
        contact.Grade(new Assessment(true, true, false, false, Grade.Emergency, Grade.Emergency));
        contact.AwaitDispatch(14, unitsNeeded: 1);
        contact.Dispatch(15, firstUnit: 3, otherUnits: []);
        contact.ArriveAtScene(21, late: false, lateForNeed: false, backlogMinutes: 0);
        contact.Close();

        Assert.Equal(ContactState.Closed, contact.State);
        Assert.Equal(12, contact.AnsweredAt);
        Assert.Equal(14, contact.AwaitingSince);
        Assert.Equal(15, contact.DispatchedAt);
        Assert.Equal(3, contact.FirstUnit);
        Assert.True(contact.Attended);
        Assert.Equal(21, contact.ArrivedAt);
    }

    [Fact]
    public void Contact_refuses_to_be_dispatched_before_it_is_graded()
    {
        var contact = Call(Channel.Emergency);
        contact.Answer(0, TriageWork.None);

        Assert.Throws<InvalidOperationException>(() => contact.Dispatch(1, firstUnit: 0, otherUnits: []));
        Assert.Equal(ContactState.BeingHandled, contact.State);
    }

    [Fact]
    public void Contact_cannot_be_answered_twice()
    {
        var contact = Call(Channel.NonEmergency);
        contact.Answer(1, TriageWork.None);

        Assert.Throws<InvalidOperationException>(() => contact.Answer(2, TriageWork.None));
        Assert.Equal(1, contact.AnsweredAt);
    }

    [Fact]
    public void Contact_cannot_be_closed_while_units_are_on_their_way()
    {
        var contact = Graded(Grade.Emergency);
        contact.AwaitDispatch(0, unitsNeeded: 1);
        contact.Dispatch(1, firstUnit: 0, otherUnits: []);

        Assert.Throws<InvalidOperationException>(contact.Close);
        Assert.Equal(ContactState.Dispatched, contact.State);
    }

    [Fact]
    public void Contact_resolved_without_deployment_closes_straight_after_grading_unattended()
    {
        var contact = Graded(Grade.Resolution);

        contact.Close();

        Assert.Equal(ContactState.Closed, contact.State);
        Assert.False(contact.Attended);
    }

    [Fact]
    public void Contact_answered_at_once_cannot_abandon_the_queue()
    {
        var contact = Call(Channel.NonEmergency);
        contact.Answer(0, TriageWork.None);

        Assert.Throws<InvalidOperationException>(contact.Abandon);
    }

    [Fact]
    public void Contact_must_be_sent_as_many_units_as_it_needs()
    {
        var contact = Graded(Grade.Emergency, type: DoubleCrewedType);
        contact.AwaitDispatch(0, unitsNeeded: 2);

        Assert.Throws<ArgumentException>(() => contact.Dispatch(1, firstUnit: 0, otherUnits: []));
        contact.Dispatch(1, firstUnit: 0, otherUnits: [1]);
        Assert.Equal([1], contact.OtherUnits.ToArray());
    }

    [Fact]
    public void Only_a_caller_who_hung_up_rings_999_instead_and_rings_as_the_same_caller()
    {
        var contact = Call(Channel.NonEmergency, at: 5, type: PriorityType, victimId: 42, patienceMinutes: 3);
        Assert.Throws<InvalidOperationException>(() => contact.SpillToEmergency(9, counted: true));

        contact.Queue();
        contact.Abandon();
        var emergency = contact.SpillToEmergency(9, counted: true);

        Assert.Equal(Channel.Emergency, emergency.Channel);
        Assert.Equal(ContactState.Ringing, emergency.State);
        Assert.Equal(9, emergency.ArrivalTime);
        Assert.Equal((42L, PriorityType), (emergency.VictimId, emergency.Type));
        Assert.Equal(1.0, emergency.USpill); // a 999 caller does not spill again
    }
}
