using ForceSim.Engine.Calendar;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Engine.Randomness;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// The control room LP: first-time demand, call answering, triage, grading, dispatch of the units it
/// commands, travel and on-scene work, and the crime-recording decision. Minute-level coupling
/// (a freed unit takes the next incident) stays inside this LP; everything else leaves as messages.
/// </summary>
public sealed partial class ControlRoomProcess : ILogicalProcess
{
    private const int EvArrival = 0;
    private const int EvHandled = 1;
    private const int EvAbandon = 2;
    private const int EvRoster = 3;
    private const int EvUnitOn = 4;
    private const int EvUnitOff = 5;
    private const int EvAtScene = 6;
    private const int EvCleared = 7;
    private const int EvRepeatCall = 8;
    private const int EvSpill = 9;
    private const int EvGraded = 10;
    private const int EvRecordShared = 11;
    private const int EvAidCheck = 12;
    private const int EvAidRequest = 13;
    private const int EvAidGranted = 14;
    private const int EvAidReturn = 15;
    private const int EvBorrowedEnd = 16;

    private readonly CompiledScenario _model;
    private readonly CompiledControlRoom _room;
    private readonly EventCalendar _calendar = new();
    private readonly ForceDispatch?[] _dispatch;
    private readonly ControlRoomTally _roomTally;
    private readonly SeededRandom?[,] _arrivalStreams;
    private readonly SeededRandom?[,] _attributeStreams;
    private readonly SeededRandom?[] _repeatStreams;
    private double _now;
    private double _windowEnd;
    private List<Message> _outbox = [];
    private long _sent;
    private long _crimeSequence;

    public ControlRoomProcess(CompiledScenario model, int roomIndex, int replication)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _room = model.ControlRooms[roomIndex];
        Id = new LpId(LpKind.ControlRoom, roomIndex);
        _roomTally = new ControlRoomTally(model.Period);
        _dispatch = new ForceDispatch?[model.Forces.Length];
        _arrivalStreams = new SeededRandom?[model.Forces.Length, ChannelIndex.Channels];
        _attributeStreams = new SeededRandom?[model.Forces.Length, ChannelIndex.Channels];
        _repeatStreams = new SeededRandom?[model.Forces.Length];
        foreach (var f in _room.Forces)
        {
            var force = model.Forces[f];
            var plan = model.Inspection;
            _dispatch[f] = new ForceDispatch(f, force.UnitCount + (force.Settings.MutualAid?.Units ?? 0), new ForceTally(model.Period), force.UnitCount)
            {
                AttendanceSample = new(plan.AttendanceSample, Stream(replication, $"inspection:attendance:{force.Id}")),
                RepeatCheckSample = new(plan.RepeatVictimCheckSample, Stream(replication, $"inspection:repeat-check:{force.Id}")),
                RecordingSample = new(plan.RecordingSample, Stream(replication, $"inspection:recording:{force.Id}")),
            };
            _repeatStreams[f] = Stream(replication, $"repeat-contacts:{force.Id}");
            foreach (var channel in ChannelIndex.All)
            {
                var c = (int)channel;
                if (force.Demand[c].IsZero || _room.Channels[c] is null)
                {
                    continue;
                }

                // Separate streams for arrival times and caller attributes keep each one's draws aligned across what-ifs.
                _arrivalStreams[f, c] = Stream(replication, $"arrivals:{force.Id}:{channel}");
                _attributeStreams[f, c] = Stream(replication, $"contacts:{force.Id}:{channel}");
                ScheduleNextArrival(f, c, 0);
            }
        }

        InitialiseAnswering();
        InitialiseMutualAid();
    }

    public LpId Id { get; }

    public double NextEventTime => _calendar.NextTime;

    public long EventsProcessed { get; private set; }

    /// <summary>Minutes a unit (by global index) has been committed to incidents so far, or null if this room does not command it.</summary>
    public double? UnitBusyMinutes(int globalUnit)
    {
        var slot = _model.Units[globalUnit];
        return _dispatch[slot.Force] is { } dispatch ? dispatch.BusyMinutes[slot.LocalIndex] : null;
    }

    /// <summary>The room's queues, staff and calls so far (a live query; changes nothing).</summary>
    public ControlRoomStatus Status()
    {
        var forces = _room.Forces.Select(f => _dispatch[f]!.Tally.Contact).ToList();
        return new ControlRoomStatus
        {
            Id = _room.Settings.Id,
            Now = _now,
            CallsWaiting = [.. _queued],
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
                _calendar.Schedule(call.EffectTime, EvRepeatCall, 0, call);
                break;
            case ShiftPlan plan when plan.To > plan.From:
                _calendar.Schedule(plan.From, EvUnitOn, plan.Unit, plan);
                _calendar.Schedule(plan.To, EvUnitOff, plan.Unit);
                break;
            case ShiftPlan:
                break;
            case RecordShared shared:
                _calendar.Schedule(shared.EffectTime, EvRecordShared, 0, shared);
                break;
            case AidRequest request:
                _calendar.Schedule(request.EffectTime, EvAidRequest, 0, request);
                break;
            case AidGranted granted:
                _calendar.Schedule(granted.EffectTime, EvAidGranted, 0, granted);
                break;
            default:
                throw new InvalidOperationException($"Control room cannot accept {message.GetType().Name}.");
        }
    }

    public void Advance(double windowEnd, List<Message> outbox)
    {
        _windowEnd = windowEnd;
        _outbox = outbox;
        while (_calendar.Count > 0 && _calendar.NextTime < windowEnd)
        {
            var e = _calendar.Pop();
            _now = e.Time;
            EventsProcessed++;
            switch (e.Kind)
            {
                case EvArrival: OnArrival(e.Argument); break;
                case EvHandled: OnHandled((Contact)e.Subject!, gradeNow: e.Argument == 1); break;
                case EvGraded: Triage((Contact)e.Subject!); break;
                case EvRecordShared: _foreignRecords.Add(((RecordShared)e.Subject!).VictimId); break;
                case EvAidCheck: OnAidCheck(e.Argument); break;
                case EvAidRequest: OnAidRequest((AidRequest)e.Subject!); break;
                case EvAidGranted: OnAidGranted((AidGranted)e.Subject!); break;
                case EvAidReturn: OnAidReturn(e.Argument, (int[])e.Subject!); break;
                case EvBorrowedEnd: OnBorrowedEnd(e.Argument); break;
                case EvAbandon: OnAbandon((Contact)e.Subject!); break;
                case EvRoster: OnRosterChange(); break;
                case EvUnitOn: OnUnitOn((ShiftPlan)e.Subject!); break;
                case EvUnitOff: OnUnitOff(e.Argument); break;
                case EvAtScene: OnAtScene((Contact)e.Subject!); break;
                case EvCleared: OnCleared((Contact)e.Subject!); break;
                case EvRepeatCall: OnRepeatCall((RepeatCall)e.Subject!); break;
                case EvSpill: OnSpill((Contact)e.Subject!); break;
                default: throw new InvalidOperationException($"Unknown event kind {e.Kind}.");
            }
        }
    }

    public void Collect(ReplicationTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var end = _model.Period.End;
        for (var c = 0; c < ChannelIndex.Channels; c++)
        {
            _roomTally.QueueLength[c].Finish(end);
        }

        _roomTally.HandlersBusy.Finish(end);
        _roomTally.HandlersOnDuty.Finish(end);
        tally.ControlRooms[_room.Index].Merge(_roomTally);
        foreach (var f in _room.Forces)
        {
            var d = _dispatch[f]!;
            var response = d.Tally.Response;
            for (var g = 0; g < ChannelIndex.DispatchedGrades; g++)
            {
                response.DispatchQueue[g].Finish(end);
            }

            response.UnitsBusy.Finish(end);
            response.UnitsOnDuty.Finish(end);
            response.BusyUnits.Finish(end);
            var inspection = d.Tally.Inspection;
            inspection.Attendance.AddRange(d.AttendanceSample.Items);
            inspection.RepeatVictimChecks.AddRange(d.RepeatCheckSample.Items);
            inspection.Recording.AddRange(d.RecordingSample.Items);
            tally.Forces[f].Merge(d.Tally);
        }

        tally.EventsProcessed += EventsProcessed;
    }

    private SeededRandom Stream(int replication, string purpose) =>
        SeededRandom.For(_model.Seed, replication, LpKind.ControlRoom, _room.Index, purpose);

    private long NextSequence() => _sent++;
}
