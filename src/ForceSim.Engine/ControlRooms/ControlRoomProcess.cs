using ForceSim.Engine.Compilation;
using ForceSim.Engine.IncidentLogs;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// The control room LP: first-time demand, call answering, triage, grading, dispatch of the units it
/// commands, travel and on-scene work, and the crime-recording decision. Minute-level coupling
/// (a freed unit takes the next incident) stays inside this LP; everything else leaves as messages.
/// Each mechanism is a class that owns its state; this class only routes events to them and tells
/// a contact's life in order: offered, answered, graded, then dispatched, attended and closed.
/// </summary>
public sealed class ControlRoomProcess : ILogicalProcess
{
    private readonly CompiledScenario _model;
    private readonly CompiledControlRoom _room;
    private readonly ControlRoomContext _context;
    private readonly ControlRoomCalendar _calendar;
    private readonly ControlRoomTally _roomTally;
    private readonly ForceTally?[] _tallies;
    private readonly ForceDispatch?[] _dispatch;
    private readonly ContactDemand _demand;
    private readonly HandlerPool _handlers;
    private readonly RecordsSystem _records;
    private readonly Triage _triage;
    private readonly IncidentClosure _closure;
    private readonly MutualAid _mutualAid;
    private readonly OtherWorkDemand _otherWork;

    /// <param name="incidentLog">Where closed incidents are reported for an extract; null (the default) logs nothing.</param>
    public ControlRoomProcess(CompiledScenario model, int roomIndex, int replication, IIncidentLog? incidentLog = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _room = model.ControlRooms[roomIndex];
        Id = new LpId(LpKind.ControlRoom, roomIndex);
        _context = new ControlRoomContext(Id, model.Seed, replication);
        _calendar = _context.Calendar;
        _roomTally = new ControlRoomTally(model.Period);
        _tallies = new ForceTally?[model.Forces.Length];
        _dispatch = new ForceDispatch?[model.Forces.Length];
        foreach (var f in _room.Forces)
        {
            _tallies[f] = new ForceTally(model.Period);
            _dispatch[f] = new ForceDispatch(model, f, _context, _tallies[f]!);
        }

        _demand = new ContactDemand(model, _room, _context);
        _records = new RecordsSystem(model, _room, _context);
        _triage = new Triage(model, _room, _context, _records, _tallies);
        _handlers = new HandlerPool(_room, _context, _roomTally, [.. _tallies.Select(t => t?.Contact)], model.Period, Grade, _triage.Plan);
        _closure = new IncidentClosure(model, _room, _context, _records, _tallies, incidentLog);
        _mutualAid = new MutualAid(model, _room, _context, _dispatch, _tallies);
        _otherWork = new OtherWorkDemand(model, _room, _context);

        _demand.ScheduleFirstArrivals();
        _handlers.StartRoster();
        _mutualAid.ScheduleChecks();
        _otherWork.ScheduleFirst();
    }

    public LpId Id { get; }

    public double NextEventTime => _calendar.NextTime;

    public long EventsProcessed { get; private set; }

    /// <summary>Minutes a unit (by global index) has been committed to incidents so far, or null if this room does not command it.</summary>
    public double? UnitBusyMinutes(int globalUnit)
    {
        var slot = _model.Units[globalUnit];
        return _dispatch[slot.Force] is { } dispatch ? dispatch.Units.BusyMinutes(slot.LocalIndex) : null;
    }

    /// <summary>The room's queues, staff and calls so far (a live query; changes nothing).</summary>
    public ControlRoomStatus Status()
    {
        var forces = _room.Forces.Select(f => _tallies[f]!.Contact).ToList();
        return new ControlRoomStatus
        {
            Id = _room.Settings.Id,
            Now = _context.Now,
            CallsWaiting = [.. ChannelIndex.All.Select(_handlers.Waiting)],
            HandlersOnDuty = _roomTally.HandlersOnDuty.Level,
            HandlersBusy = _roomTally.HandlersBusy.Level,
            Offered = [.. Enumerable.Range(0, ChannelIndex.Channels).Select(c => forces.Sum(t => t.Offered[c]))],
            Answered = [.. Enumerable.Range(0, ChannelIndex.Channels).Select(c => forces.Sum(t => t.Answered[c]))],
            Abandoned = [.. Enumerable.Range(0, ChannelIndex.Channels).Select(c => forces.Sum(t => t.Abandoned[c]))],
            TypicalWeekWaiting = [.. _roomTally.QueueLength.Select(q => (IReadOnlyList<double>)(q.Weekly?.Means() ?? []))],
        };
    }

    public void Start(List<Message> outbox)
    {
    }

    public void Deliver(Message message)
    {
        switch (message)
        {
            case RepeatCall call:
                _calendar.Schedule(call);
                break;
            case ShiftPlan plan when plan.To > plan.From:
                _calendar.Schedule(plan);
                _calendar.Schedule(plan.To, ControlRoomEventKind.ShiftEnds, plan.Unit);
                break;
            case ShiftPlan:
                break;
            case RecordShared shared:
                _calendar.Schedule(shared);
                break;
            case AidRequest request:
                _calendar.Schedule(request);
                break;
            case AidGranted granted:
                _calendar.Schedule(granted);
                break;
            default:
                throw new InvalidOperationException($"Control room cannot accept {message.GetType().Name}.");
        }
    }

    public void Advance(double windowEnd, List<Message> outbox)
    {
        _context.BeginWindow(windowEnd, outbox);
        while (_calendar.Count > 0 && _calendar.NextTime < windowEnd)
        {
            var e = _calendar.Pop();
            _context.MoveTo(e.Time);
            EventsProcessed++;
            switch (e.Kind)
            {
                case ControlRoomEventKind.Arrival: _handlers.Offer(_demand.Arrive(e.Argument)); break;
                case ControlRoomEventKind.CallEnded: _handlers.Release(_calendar.TakeContact(e)); break;
                case ControlRoomEventKind.Graded: Grade(_calendar.TakeContact(e)); break;
                case ControlRoomEventKind.RecordShared: _records.RecordForeign(_calendar.TakeRecordShared(e)); break;
                case ControlRoomEventKind.AidCheck: _mutualAid.Check(e.Argument); break;
                case ControlRoomEventKind.AidRequest: _mutualAid.Lend(_calendar.TakeAidRequest(e)); break;
                case ControlRoomEventKind.AidGranted: _mutualAid.Receive(_calendar.TakeAidGranted(e)); break;
                case ControlRoomEventKind.AidReturn: _mutualAid.Return(_calendar.TakeLoan(e)); break;
                case ControlRoomEventKind.BorrowedEnd: _mutualAid.EndBorrowing(e.Argument); break;
                case ControlRoomEventKind.Abandon: Abandon(_calendar.TakeContact(e)); break;
                case ControlRoomEventKind.RosterChange: _handlers.ChangeShift(); break;
                case ControlRoomEventKind.ShiftStarts: StartShift(_calendar.TakeShiftPlan(e)); break;
                case ControlRoomEventKind.ShiftEnds: EndShift(e.Argument); break;
                case ControlRoomEventKind.AtScene: ArriveAtScene(_calendar.TakeContact(e)); break;
                case ControlRoomEventKind.Cleared: Clear(_calendar.TakeContact(e)); break;
                case ControlRoomEventKind.RepeatCall: _handlers.Offer(_demand.RepeatCall(_calendar.TakeRepeatCall(e))); break;
                case ControlRoomEventKind.Spill: Spill(_calendar.TakeContact(e)); break;
                case ControlRoomEventKind.OtherWork: AwaitDispatch(_otherWork.Arise(e.Argument)); break;
                case ControlRoomEventKind.AppointmentDue: AppointmentDue(_calendar.TakeContact(e)); break;
                default: throw new InvalidOperationException($"Unknown event kind {e.Kind}.");
            }
        }
    }

    public void Collect(ReplicationTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var end = _model.Period.End;
        _handlers.Finish(end);
        tally.ControlRooms[_room.Index].Merge(_roomTally);
        foreach (var f in _room.Forces)
        {
            _dispatch[f]!.Finish(end);
        }

        _triage.Finish();
        _closure.Finish();
        foreach (var f in _room.Forces)
        {
            tally.Forces[f].Merge(_tallies[f]!);
        }

        tally.EventsProcessed += EventsProcessed;
    }

    /// <summary>
    /// Once graded, an incident is resolved without deployment, resolved by a desk (a share of scheduled incidents), or
    /// waits for units.
    /// </summary>
    private void Grade(Contact contact)
    {
        _triage.Assess(contact);
        if (contact.GivenGrade == Model.Scenarios.Grade.Resolution || ResolvedByDesk(contact))
        {
            _closure.Close(contact);
            return;
        }

        AwaitDispatch(contact);
    }

    private bool ResolvedByDesk(Contact contact)
    {
        if (contact.GivenGrade != Model.Scenarios.Grade.Scheduled
            || contact.Profile.UDesk >= _model.Forces[contact.Force].Settings.Response.Scheduled.DeskResolutionShare)
        {
            return false;
        }

        if (contact.Counted)
        {
            _tallies[contact.Force]!.Response.DeskResolved++;
        }

        _dispatch[contact.Force]!.ResolvedByDesk(contact);
        return true;
    }

    private void AwaitDispatch(Contact incident) => _dispatch[incident.Force]!.AwaitDispatch(incident);

    private void AppointmentDue(Contact incident) => _dispatch[incident.Force]!.AppointmentDue(incident);

    private void ArriveAtScene(Contact incident) => _dispatch[incident.Force]!.ArriveAtScene(incident);

    /// <summary>The units clear and the incident is closed before they take the next one.</summary>
    private void Clear(Contact incident)
    {
        var dispatch = _dispatch[incident.Force]!;
        dispatch.Clear(incident);
        if (incident.IsOtherWork)
        {
            incident.Close(); // no caller to tell, no crime to record
        }
        else
        {
            _closure.Close(incident);
        }

        dispatch.DispatchWaiting();
    }

    private void Abandon(Contact contact)
    {
        if (_handlers.Abandon(contact))
        {
            _closure.GaveUp(contact);
        }
    }

    private void Spill(Contact abandoned)
    {
        if (_demand.Spill(abandoned) is { } emergencyCall)
        {
            _handlers.Offer(emergencyCall);
        }
        else
        {
            _closure.GaveUp(abandoned); // no 999 line in this room to ring
        }
    }

    private void StartShift(ShiftPlan plan)
    {
        var slot = _model.Units[plan.Unit];
        _dispatch[slot.Force]!.StartShift(slot.LocalIndex, plan.To, plan.BacklogMinutes);
    }

    private void EndShift(int globalUnit)
    {
        var slot = _model.Units[globalUnit];
        _dispatch[slot.Force]!.Units.EndShift(slot.LocalIndex);
    }
}
