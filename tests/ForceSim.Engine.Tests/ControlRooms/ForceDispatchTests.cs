using ForceSim.Engine.ControlRooms;
using ForceSim.Engine.Inspection;
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

    [Fact]
    public void ForceDispatch_counts_an_undergraded_emergency_reached_within_the_priority_target_as_late_for_its_need()
    {
        var tally = new ForceTally(Single().Period);
        var dispatch = Dispatch(units: 1, tally: tally);
        var incident = Graded(needed: Grade.Emergency, given: Grade.Priority, type: PriorityType);
        dispatch.AwaitDispatch(incident);

        // The only unit starts at 25 minutes and travels 5: attended 30 minutes after the call, within the priority
        // target (60) but not the rural emergency target (20).
        _context.MoveTo(25);
        dispatch.StartShift(0, end: 1440, backlogMinutes: 0);
        var atScene = _context.Calendar.Pop();
        _context.MoveTo(atScene.Time);
        dispatch.ArriveAtScene(_context.Calendar.TakeContact(atScene));

        Assert.Equal(30, incident.ArrivedAt - incident.ArrivalTime);
        Assert.False(incident.Late);
        Assert.True(incident.LateForNeed);
        var response = tally.Response;
        Assert.Equal((1, 1), (response.Attended[(int)Grade.Priority], response.WithinTarget[(int)Grade.Priority]));
        Assert.Equal((1, 0), (response.AttendedByNeed[(int)Grade.Emergency], response.WithinNeedTarget[(int)Grade.Emergency]));
        Assert.Equal((0, 0), (response.Attended[(int)Grade.Emergency], response.AttendedByNeed[(int)Grade.Priority]));
        Assert.Equal((1, 1), (tally.Triage.UndergradedAttended, tally.Triage.UndergradedLateForNeed));

        dispatch.Finish(1440);
        Assert.Equal([false], tally.Inspection.Attendance);
    }

    [Fact]
    public void An_undergraded_emergency_reached_within_the_priority_target_is_within_target_but_not_within_need_in_the_measures_and_the_inspection()
    {
        var tally = new ForceTally(Single().Period);
        var dispatch = Dispatch(units: 1, tally: tally);
        var undergraded = Graded(needed: Grade.Emergency, given: Grade.Priority, type: PriorityType);
        var onTime = Graded(Grade.Priority, at: 40, type: PriorityType);
        dispatch.AwaitDispatch(undergraded);
        _context.MoveTo(25);
        dispatch.StartShift(0, end: 1440, backlogMinutes: 0);
        RunUntilQuiet(dispatch, stopAt: 40);
        dispatch.AwaitDispatch(onTime);
        RunUntilQuiet(dispatch, stopAt: 1440);
        dispatch.Finish(1440);

        var measures = MeasureCalculator.Compute(tally, room: null, Single().Period, costs: []);
        InspectionMeasures.Compute(tally.Inspection, measures);

        // Both reached within the priority target; only the true priority within the target for its need.
        Assert.Equal(1, measures[MeasureNames.AttendanceWithinTarget]);
        Assert.Equal(0.5, measures[MeasureNames.AttendanceWithinNeedTarget]);
        Assert.Equal(0, measures[$"{MeasureNames.AttendanceWithinNeedTarget}.emergency"]);
        Assert.Equal(1, measures[$"{MeasureNames.AttendanceWithinNeedTarget}.priority"]);
        Assert.Equal(1, measures[MeasureNames.UndergradedLateForNeed]);
        Assert.Equal(0.5, measures["inspection.attendance_within_need_target"]);
        Assert.Equal(2, measures["inspection.attendance_within_need_target_n"]);
    }

    [Fact]
    public void ForceDispatch_counts_an_undergraded_incident_a_desk_resolved_as_not_attended_for_its_need_and_a_true_scheduled_one_not_at_all()
    {
        var tally = new ForceTally(Single().Period);
        var dispatch = Dispatch(units: 1, tally: tally);

        dispatch.ResolvedByDesk(Graded(needed: Grade.Priority, given: Grade.Scheduled, type: PriorityType));
        dispatch.ResolvedByDesk(Graded(Grade.Scheduled, type: ScheduledType));
        dispatch.Finish(1440);

        Assert.Equal([0, 1, 0], tally.Response.NeedNotAttended);
        Assert.Equal([false], tally.Inspection.Attendance);
    }

    [Fact]
    public void Other_work_goes_straight_to_work_without_travel_counts_in_unit_time_and_never_in_attendance()
    {
        var tally = new ForceTally(Single().Period);
        var dispatch = Dispatch(units: 1, tally: tally);
        dispatch.StartShift(0, end: 1440, backlogMinutes: 0);
        var work = Contact.OtherWork(force: 0, now: 0, counted: true, minutes: 240, units: 1, Grade.Priority);

        dispatch.AwaitDispatch(work);
        var atScene = _context.Calendar.Pop();
        Assert.Equal((0.0, ControlRoomEventKind.AtScene), (atScene.Time, atScene.Kind)); // no travel: it starts where the unit is
        dispatch.ArriveAtScene(_context.Calendar.TakeContact(atScene));
        var cleared = _context.Calendar.Pop();
        Assert.Equal((240.0, ControlRoomEventKind.Cleared), (cleared.Time, cleared.Kind));
        _context.MoveTo(cleared.Time);
        dispatch.Clear(_context.Calendar.TakeContact(cleared));
        dispatch.Finish(1440);

        Assert.Equal(240, dispatch.Units.BusyMinutes(0));
        Assert.Equal((1, 240.0), (tally.Response.OtherWorkTasks, tally.Response.OtherWorkUnitMinutes));
        Assert.All(tally.Response.Attended, n => Assert.Equal(0, n));
        Assert.All(tally.Response.AttendedByNeed, n => Assert.Equal(0, n));
        Assert.All(tally.Response.Dispatched, n => Assert.Equal(0, n));
        Assert.Empty(tally.Inspection.Attendance);
        Assert.False(work.Late || work.LateForNeed);
    }

    /// <summary>Runs the dispatch's own events (arrivals at scene, units clearing) up to <paramref name="stopAt"/>.</summary>
    private void RunUntilQuiet(ForceDispatch dispatch, double stopAt)
    {
        while (_context.Calendar.Count > 0 && _context.Calendar.NextTime <= stopAt)
        {
            var e = _context.Calendar.Pop();
            _context.MoveTo(e.Time);
            var incident = _context.Calendar.TakeContact(e);
            if (e.Kind == ControlRoomEventKind.AtScene)
            {
                dispatch.ArriveAtScene(incident);
            }
            else
            {
                dispatch.Clear(incident);
                dispatch.DispatchWaiting();
            }
        }

        _context.MoveTo(stopAt);
    }

    private ForceDispatch Dispatch(int units, int reserved = 0, ForceTally? tally = null)
    {
        var model = Single(units: units, unitsReserved: reserved);
        return new ForceDispatch(model, 0, _context, tally ?? new ForceTally(model.Period));
    }
}
