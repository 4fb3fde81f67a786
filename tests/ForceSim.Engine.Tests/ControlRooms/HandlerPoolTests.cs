using ForceSim.Engine.ControlRooms;
using ForceSim.Engine.Measures;
using ForceSim.Model.Scenarios;
using static ForceSim.Engine.Tests.ControlRooms.TestControlRoom;

namespace ForceSim.Engine.Tests.ControlRooms;

public sealed class HandlerPoolTests
{
    private readonly List<Contact> _graded = [];

    [Fact]
    public void HandlerPool_answers_999_before_101_and_keeps_its_reserve_free_for_999()
    {
        var (pool, context, _) = Pool(handlers: 2, reservedForEmergency: 1);
        var first101 = Call(Channel.NonEmergency);
        var second101 = Call(Channel.NonEmergency);
        var first999 = Call(Channel.Emergency);
        var second999 = Call(Channel.Emergency);
        var third101 = Call(Channel.NonEmergency);

        pool.Offer(first101);   // two free, one reserved: 101 may take one
        pool.Offer(second101);  // one free, and it is the reserve
        pool.Offer(first999);   // 999 may take the reserve
        pool.Offer(second999);
        pool.Offer(third101);

        Assert.Equal([ContactState.BeingHandled, ContactState.Queued, ContactState.BeingHandled, ContactState.Queued, ContactState.Queued],
            new[] { first101, second101, first999, second999, third101 }.Select(c => c.State));
        Assert.Equal((1, 2), (pool.Waiting(Channel.Emergency), pool.Waiting(Channel.NonEmergency)));

        context.MoveTo(2);
        pool.Release(first101);
        Assert.Equal(ContactState.BeingHandled, second999.State); // the 999 caller goes first though 101 callers waited longer
        Assert.Equal(ContactState.Queued, second101.State);

        pool.Release(first999);
        Assert.Equal(ContactState.Queued, second101.State); // one handler free, but it is the reserve
        Assert.Equal(1, pool.Busy);

        context.MoveTo(4);
        pool.Release(second999);
        Assert.Equal(ContactState.BeingHandled, second101.State);
        Assert.Equal(ContactState.Queued, third101.State);
        Assert.Equal([first101, first999, second999], _graded);
    }

    [Fact]
    public void HandlerPool_skips_a_caller_who_hung_up_and_answers_the_next_one()
    {
        var (pool, context, tallies) = Pool(handlers: 1);
        var talking = Call(Channel.NonEmergency, handleMinutes: 5);
        var impatient = Call(Channel.NonEmergency, patienceMinutes: 1);
        var patient = Call(Channel.NonEmergency, handleMinutes: 10, patienceMinutes: 10);
        pool.Offer(talking);
        pool.Offer(impatient);
        pool.Offer(patient);

        // The pool's own calendar says when each thing happens; play it like the control room does.
        var abandon = context.Calendar.Pop();
        Assert.Equal((1.0, ControlRoomEventKind.Abandon), (abandon.Time, abandon.Kind));
        context.MoveTo(abandon.Time);
        Assert.True(pool.Abandon(context.Calendar.TakeContact(abandon))); // hung up for good: nobody to ring instead
        Assert.Equal(ContactState.Abandoned, impatient.State);
        Assert.Equal(1, pool.Waiting(Channel.NonEmergency));

        var ended = context.Calendar.Pop();
        Assert.Equal((5.0, ControlRoomEventKind.CallEnded), (ended.Time, ended.Kind));
        context.MoveTo(ended.Time);
        pool.Release(context.Calendar.TakeContact(ended));

        Assert.Equal(ContactState.BeingHandled, patient.State);
        Assert.Equal(5, patient.AnsweredAt);
        Assert.Equal(0, pool.Waiting(Channel.NonEmergency));
        var contact = tallies[0]!.Contact;
        Assert.Equal((2L, 1L), (contact.Answered[(int)Channel.NonEmergency], contact.Abandoned[(int)Channel.NonEmergency]));

        // The patient caller's own hang-up time comes round after they were answered: nothing happens.
        var late = context.Calendar.Pop();
        Assert.Equal((10.0, ControlRoomEventKind.Abandon), (late.Time, late.Kind));
        Assert.False(pool.Abandon(context.Calendar.TakeContact(late)));
        Assert.Equal(ContactState.BeingHandled, patient.State);
    }

    [Fact]
    public void HandlerPool_grades_a_call_that_needs_no_handling_at_once_without_taking_a_handler()
    {
        var (pool, _, _) = Pool(handlers: 1);
        var online = Call(Channel.NonEmergency, handleMinutes: 0);

        pool.Offer(online);

        Assert.Equal([online], _graded);
        Assert.Equal(0, pool.Busy);
    }

    [Fact]
    public void HandlerPool_tells_triage_how_many_999_and_101_callers_are_still_waiting_as_it_answers_each_call()
    {
        var (pool, context, _) = Pool(handlers: 1);
        var first = Call(Channel.NonEmergency);
        var emergency = Call(Channel.Emergency);
        var second = Call(Channel.NonEmergency);
        var third = Call(Channel.NonEmergency);
        foreach (var call in (Contact[])[first, emergency, second, third])
        {
            pool.Offer(call);
        }

        context.MoveTo(2);
        pool.Release(first);  // the 999 caller is answered with two 101 callers still waiting
        pool.Release(emergency); // then a 101 caller, with one other still waiting

        Assert.Equal([0, 2, 1], _pressures);
    }

    [Fact]
    public void HandlerPool_holds_the_handler_for_the_assessment_work_decided_as_the_call_is_answered()
    {
        var (pool, context, _) = Pool(handlers: 1);
        _work = new TriageWork(Structured: true, CheckDone: false, ExtraMinutes: 3);
        var call = Call(Channel.NonEmergency, handleMinutes: 2);

        pool.Offer(call);

        var ended = context.Calendar.Pop();
        Assert.Equal((5.0, ControlRoomEventKind.CallEnded), (ended.Time, ended.Kind));
        Assert.Equal(_work, call.Work);
    }

    private readonly List<int> _pressures = [];
    private TriageWork _work = TriageWork.None;

    private (HandlerPool Pool, ControlRoomContext Context, ForceTally?[] Tallies) Pool(int handlers, int reservedForEmergency = 0)
    {
        var model = Single(handlers: handlers, handlersReserved: reservedForEmergency);
        var context = Context();
        var tallies = Tallies(model);
        var pool = new HandlerPool(model.ControlRooms[0], context, new ControlRoomTally(model.Period), [.. tallies.Select(t => t?.Contact)], model.Period, _graded.Add, (_, waiting) =>
        {
            _pressures.Add(waiting);
            return _work;
        });
        pool.StartRoster();
        Assert.Equal(handlers, pool.OnDuty);
        Assert.Equal(ControlRoomEventKind.RosterChange, context.Calendar.Pop().Kind); // the next roster change, a day on
        return (pool, context, tallies);
    }
}
