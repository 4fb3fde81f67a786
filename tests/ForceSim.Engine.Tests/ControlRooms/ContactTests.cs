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

    [Fact]
    public void Assessment_work_lengthens_the_call_and_comes_before_the_grade_except_on_999()
    {
        var work = new TriageWork(Structured: true, CheckDone: true, ExtraMinutes: 4);
        var call101 = new Contact(Call(Channel.NonEmergency, handleMinutes: 10).Profile with { GradeAfterMinutes = 6 });
        var call999 = new Contact(Call(Channel.Emergency, handleMinutes: 10).Profile with { GradeAfterMinutes = 3 });

        call101.Answer(0, work);
        call999.Answer(0, work);

        Assert.Equal((14, 10), (call101.HandleMinutes, call101.GradeAfterMinutes));
        Assert.Equal((14, 3), (call999.HandleMinutes, call999.GradeAfterMinutes)); // units are sent while the handler assesses
        Assert.False(call101.GradedAtEndOfCall || call999.GradedAtEndOfCall);
        Assert.Equal(work, call101.Work);
    }

    [Fact]
    public void Other_work_starts_graded_at_its_grade_with_no_caller_crime_or_victim()
    {
        var work = Contact.OtherWork(force: 0, now: 30, counted: true, minutes: 240, units: 2, Grade.Emergency);

        Assert.True(work.IsOtherWork);
        Assert.Equal(ContactState.Graded, work.State);
        Assert.Equal((Grade.Emergency, Grade.Emergency), (work.NeededGrade, work.GivenGrade));
        Assert.Equal((30, 240, 2), (work.ArrivalTime, work.OnSceneMinutes, work.UnitsNeeded));
        Assert.False(work.Crime || work.Vulnerable);
        Assert.Equal(0, work.VictimId);
        Assert.Throws<InvalidOperationException>(() => work.Answer(31, TriageWork.None));
    }
}
