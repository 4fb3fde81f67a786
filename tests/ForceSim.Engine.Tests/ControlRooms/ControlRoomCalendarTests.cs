using ForceSim.Engine.ControlRooms;
using ForceSim.Engine.Protocol;
using ForceSim.Model.Scenarios;
using static ForceSim.Engine.Tests.ControlRooms.TestControlRoom;

namespace ForceSim.Engine.Tests.ControlRooms;

public sealed class ControlRoomCalendarTests
{
    [Fact]
    public void ControlRoomCalendar_hands_each_event_its_own_typed_payload_in_time_order()
    {
        var calendar = new ControlRoomCalendar();
        var contact = Call(Channel.Emergency);
        var loan = new UnitLoan(Lender: 1, Units: [3, 4]);
        var shared = new RecordShared { EffectTime = 2, Sender = new LpId(LpKind.ControlRoom, 1), Target = new LpId(LpKind.ControlRoom, 0), Sequence = 0, VictimId = 9 };
        calendar.Schedule(3, loan);
        calendar.Schedule(1, ControlRoomEventKind.AtScene, contact);
        calendar.Schedule(shared);
        calendar.Schedule(1, ControlRoomEventKind.AidCheck, 5);

        var atScene = calendar.Pop();
        Assert.Same(contact, calendar.TakeContact(atScene));
        var check = calendar.Pop();
        Assert.Equal((ControlRoomEventKind.AidCheck, 5), (check.Kind, check.Argument));
        Assert.Same(shared, calendar.TakeRecordShared(calendar.Pop()));
        Assert.Same(loan, calendar.TakeLoan(calendar.Pop()));
        Assert.Equal(0, calendar.Count);
    }

    [Fact]
    public void ControlRoomCalendar_refuses_to_hand_an_event_the_payload_of_another_kind()
    {
        var calendar = new ControlRoomCalendar();
        var loan = new UnitLoan(Lender: 0, Units: [1]);
        calendar.Schedule(1, loan);

        var e = calendar.Pop();

        Assert.Throws<InvalidOperationException>(() => calendar.TakeAidGranted(e));
        Assert.Same(loan, calendar.TakeLoan(e));
    }

    [Fact]
    public void ControlRoomCalendar_refuses_a_contact_for_an_event_that_is_not_about_one()
    {
        var calendar = new ControlRoomCalendar();

        Assert.Throws<InvalidOperationException>(() => calendar.Schedule(1, ControlRoomEventKind.AidCheck, Call(Channel.Emergency)));
        Assert.Throws<InvalidOperationException>(() => calendar.Schedule(1, ControlRoomEventKind.AtScene, number: 3));
        Assert.Equal(0, calendar.Count);
    }
}
