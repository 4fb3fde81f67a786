using System.Reflection;
using ForceSim.Engine.ControlRooms;
using ForceSim.Model.Scenarios;
using static ForceSim.Engine.Tests.ControlRooms.TestControlRoom;

namespace ForceSim.Engine.Tests.ControlRooms;

public sealed class ContactPoolTests
{
    [Fact]
    public void Contact_pool_takes_a_closed_contact_back_only_after_the_last_event_about_it_has_been_handled()
    {
        var pool = new ContactPool();
        var calendar = new ControlRoomCalendar(pool);
        var contact = Attended();
        calendar.Schedule(5, ControlRoomEventKind.Abandon, contact); // an answered caller's patience, still to run out
        calendar.Schedule(6, ControlRoomEventKind.Cleared, contact);
        calendar.Schedule(7, ControlRoomEventKind.RosterChange);

        Assert.Same(contact, calendar.TakeContact(calendar.Pop()));
        contact.Close();
        Assert.Same(contact, calendar.TakeContact(calendar.Pop()));
        Assert.Equal(0, pool.Count); // one event about it was still to come when the second was popped
        Assert.True(contact.IsFinished);

        calendar.Pop();

        Assert.Equal(1, pool.Count);
        Assert.Same(contact, pool.Take(Call(Channel.NonEmergency, at: 8).Profile));
        Assert.Equal(0, pool.Count);
    }

    [Fact]
    public void Contact_pool_leaves_alone_a_contact_still_in_its_life()
    {
        var pool = new ContactPool();
        var calendar = new ControlRoomCalendar(pool);
        var contact = Attended();
        calendar.Schedule(1, ControlRoomEventKind.Cleared, contact);
        calendar.Schedule(2, ControlRoomEventKind.RosterChange);

        calendar.TakeContact(calendar.Pop());
        calendar.Pop();

        Assert.Equal(0, pool.Count);
        Assert.Throws<InvalidOperationException>(() => contact.Reuse(contact.Profile));
        Assert.Equal(ContactState.OnScene, contact.State);
    }

    [Fact]
    public void Contact_pool_leaves_alone_a_closed_contact_a_handler_queue_still_holds()
    {
        var pool = new ContactPool();
        var contact = Call(Channel.NonEmergency);
        contact.Queue();
        contact.Answer(1, TriageWork.None);
        contact.Grade(new Assessment(true, true, false, false, Grade.Resolution, Grade.Resolution));
        contact.Close();

        pool.Offer(contact);
        Assert.Equal(0, pool.Count);

        contact.LeaveQueue();
        pool.Offer(contact);
        Assert.Equal(1, pool.Count);
    }

    [Fact]
    public void Reused_contact_reads_exactly_as_a_new_contact_with_the_same_profile()
    {
        var used = Contact.OtherWork(force: 0, now: 1, counted: true, minutes: 20, units: 2, grade: Grade.Priority);
        used.AwaitDispatch(2, unitsNeeded: 2);
        used.Dispatch(3, firstUnit: 1, otherUnits: [2]);
        used.ArriveAtScene(4, late: true, lateForNeed: true, backlogMinutes: 9);
        used.Close();
        var profile = Call(Channel.NonEmergency, at: 50, type: PriorityType, victimId: 7, priorContacts: 2, patienceMinutes: 3).Profile;

        var reused = used.Reuse(profile);
        var fresh = new Contact(profile);

        Assert.Same(used, reused);
        Assert.Equal(0, reused.OtherUnits.Length);
        foreach (var field in typeof(Contact).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            // Every field, so a field added to Contact later and not reset on reuse fails here.
            Assert.True(Equals(field.GetValue(fresh), field.GetValue(reused)), $"{field.Name}: {field.GetValue(reused)} instead of {field.GetValue(fresh)}");
        }
    }

    [Fact]
    public void Contact_pool_takes_back_a_caller_who_hung_up_once_the_queue_has_let_go_and_no_spill_is_to_come()
    {
        var pool = new ContactPool();
        var calendar = new ControlRoomCalendar(pool);
        var contact = Call(Channel.NonEmergency);
        contact.Queue();
        calendar.Schedule(1, ControlRoomEventKind.Spill, contact);
        calendar.Schedule(2, ControlRoomEventKind.RosterChange);
        contact.Abandon();

        pool.Offer(contact);
        contact.LeaveQueue();
        pool.Offer(contact);
        Assert.Equal(0, pool.Count); // its ring to 999 is still to come

        Assert.Same(contact, calendar.TakeContact(calendar.Pop()));
        var emergency = pool.TakeSpill(contact, now: 1, counted: true);
        Assert.NotSame(contact, emergency); // a hung-up caller is not reused while its own spill is being handled
        calendar.Pop();

        Assert.Equal(1, pool.Count);
        Assert.Same(contact, pool.Take(Call(Channel.Emergency, at: 3).Profile));
    }

    [Fact]
    public void Pooled_other_work_and_a_pooled_999_spill_read_exactly_as_new_ones()
    {
        var pool = new ContactPool();
        pool.Offer(Closed(Contact.OtherWork(force: 0, now: 1, counted: true, minutes: 20, units: 1, grade: Grade.Emergency)));
        pool.Offer(Closed(Contact.OtherWork(force: 0, now: 2, counted: false, minutes: 30, units: 1, grade: Grade.Emergency)));
        var hungUp = Call(Channel.NonEmergency, at: 5, type: PriorityType, victimId: 7, priorContacts: 2, patienceMinutes: 3);
        hungUp.Queue();
        hungUp.Abandon();

        var work = pool.TakeOtherWork(force: 0, now: 40, counted: true, minutes: 90, units: 2, grade: Grade.Priority);
        var spill = pool.TakeSpill(hungUp, now: 9, counted: true);

        Assert.Equal(0, pool.Count);
        AssertSameFields(Contact.OtherWork(force: 0, now: 40, counted: true, minutes: 90, units: 2, grade: Grade.Priority), work);
        AssertSameFields(hungUp.SpillToEmergency(9, counted: true), spill);
    }

    private static void AssertSameFields(Contact fresh, Contact reused)
    {
        foreach (var field in typeof(Contact).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            Assert.True(Equals(field.GetValue(fresh), field.GetValue(reused)), $"{field.Name}: {field.GetValue(reused)} instead of {field.GetValue(fresh)}");
        }
    }

    private static Contact Closed(Contact work)
    {
        work.AwaitDispatch(work.ArrivalTime, unitsNeeded: 1);
        work.Dispatch(work.ArrivalTime, firstUnit: 0, otherUnits: []);
        work.ArriveAtScene(work.ArrivalTime + 1, late: false, lateForNeed: false, backlogMinutes: 0);
        work.Close();
        return work;
    }

    private static Contact Attended()
    {
        var contact = Graded(Grade.Emergency);
        contact.AwaitDispatch(0, unitsNeeded: 1);
        contact.Dispatch(0, firstUnit: 0, otherUnits: []);
        contact.ArriveAtScene(1, late: false, lateForNeed: false, backlogMinutes: 0);
        return contact;
    }
}
