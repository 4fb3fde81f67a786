using ForceSim.Engine.ControlRooms;
using ForceSim.Engine.Measures;
using ForceSim.Model.Scenarios;
using static ForceSim.Engine.Tests.ControlRooms.TestControlRoom;

namespace ForceSim.Engine.Tests.ControlRooms;

public sealed class ForceDispatchTests
{
    private readonly ControlRoomContext _context = Context();

    [Fact]
    public void ForceDispatch_sends_a_waiting_emergency_before_an_earlier_priority_incident()
    {
        var dispatch = Dispatch(units: 1);
        var priority = Graded(Grade.Priority, type: PriorityType);
        var emergency = Graded(Grade.Emergency, at: 1);
        dispatch.AwaitDispatch(priority);
        _context.MoveTo(1);
        dispatch.AwaitDispatch(emergency);

        _context.MoveTo(2);
        dispatch.StartShift(0, end: 1440, backlogMinutes: 0);

        Assert.Equal(ContactState.Dispatched, emergency.State);
        Assert.Equal(ContactState.AwaitingDispatch, priority.State);
        Assert.Equal(1, dispatch.Waiting(Grade.Priority));
    }

    [Fact]
    public void ForceDispatch_keeps_its_reserve_free_for_emergencies()
    {
        var dispatch = Dispatch(units: 1, reserved: 1);
        dispatch.StartShift(0, end: 1440, backlogMinutes: 0);
        var priority = Graded(Grade.Priority, type: PriorityType);
        var emergency = Graded(Grade.Emergency);

        dispatch.AwaitDispatch(priority);
        Assert.Equal(ContactState.AwaitingDispatch, priority.State);
        Assert.Equal(1, dispatch.Units.Free);

        dispatch.AwaitDispatch(emergency);
        Assert.Equal(ContactState.Dispatched, emergency.State);
    }

    [Fact]
    public void ForceDispatch_holds_free_units_for_an_urgent_incident_that_needs_more_than_are_free()
    {
        var dispatch = Dispatch(units: 2);
        dispatch.StartShift(0, end: 1440, backlogMinutes: 0);
        var doubleCrewed = Graded(Grade.Emergency, type: DoubleCrewedType);
        var priority = Graded(Grade.Priority, type: PriorityType);

        dispatch.AwaitDispatch(doubleCrewed);
        dispatch.AwaitDispatch(priority);
        Assert.Equal(ContactState.AwaitingDispatch, priority.State); // the one free unit is held for the emergency

        dispatch.StartShift(1, end: 1440, backlogMinutes: 0);
        Assert.Equal(ContactState.Dispatched, doubleCrewed.State);
        Assert.Equal(2, doubleCrewed.UnitsNeeded);
        Assert.Equal(1, doubleCrewed.OtherUnits.Length);
        Assert.Equal(ContactState.AwaitingDispatch, priority.State);
    }

    [Fact]
    public void ForceDispatch_judges_attendance_against_the_target_for_the_grade_given()
    {
        var dispatch = Dispatch(units: 1);
        dispatch.StartShift(0, end: 1440, backlogMinutes: 0);
        var incident = Graded(Grade.Emergency);
        dispatch.AwaitDispatch(incident);

        var atScene = _context.Calendar.Pop();
        Assert.Equal((5.0, ControlRoomEventKind.AtScene), (atScene.Time, atScene.Kind)); // constant 5-minute travel
        _context.MoveTo(atScene.Time);
        dispatch.ArriveAtScene(_context.Calendar.TakeContact(atScene));

        Assert.Equal(ContactState.OnScene, incident.State);
        Assert.False(incident.Late);
        var cleared = _context.Calendar.Pop();
        Assert.Equal((35.0, ControlRoomEventKind.Cleared), (cleared.Time, cleared.Kind));
        _context.MoveTo(cleared.Time);
        dispatch.Clear(_context.Calendar.TakeContact(cleared));
        Assert.Equal(1, dispatch.Units.Free);
        Assert.Equal(35, dispatch.Units.BusyMinutes(0));
    }

    private ForceDispatch Dispatch(int units, int reserved = 0)
    {
        var model = Single(units: units, unitsReserved: reserved);
        return new ForceDispatch(model, 0, _context, new ForceTally(model.Period));
    }
}
