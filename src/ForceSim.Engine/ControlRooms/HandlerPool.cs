using ForceSim.Engine.Compilation;
using ForceSim.Engine.Measures;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Call answering as a resource: the room's call handlers (capacity follows the roster), channels answered in
/// priority order (999, 101, online), first come first served within a channel, callers hanging up when their
/// patience runs out. Handlers reserved for 999 are a guard channel: other calls wait while only they are free.
/// </summary>
public sealed class HandlerPool
{
    private readonly CompiledControlRoom _room;
    private readonly ControlRoomContext _context;
    private readonly ControlRoomTally _roomTally;
    private readonly ContactTally?[] _tallies;
    private readonly int _mondayOffsetHours;
    private readonly Action<Contact> _grade;
    private readonly Func<Contact, int, TriageWork> _plan;
    private readonly Queue<Contact>[] _queues = [new(), new(), new()];
    private readonly int[] _waiting = new int[ChannelIndex.Channels];

    /// <param name="tallies">Each force's contact tally, by force index (null for forces another room answers).</param>
    /// <param name="grade">What happens to a call once its incident is graded: triage, then dispatch or closing.</param>
    /// <param name="plan">The assessment work a handler takes on as they answer, given the callers still waiting.</param>
    public HandlerPool(CompiledControlRoom room, ControlRoomContext context, ControlRoomTally roomTally, ContactTally?[] tallies, MeasuredPeriod period, Action<Contact> grade, Func<Contact, int, TriageWork> plan)
    {
        ArgumentNullException.ThrowIfNull(room);
        _room = room;
        _context = context;
        _roomTally = roomTally;
        _tallies = tallies;
        _mondayOffsetHours = period.MondayOffsetHours;
        _grade = grade;
        _plan = plan;
    }

    /// <summary>Handlers on duty now: the pool's capacity.</summary>
    public int OnDuty { get; private set; }

    /// <summary>Handlers on a call now.</summary>
    public int Busy { get; private set; }

    /// <summary>Callers waiting on <paramref name="channel"/> now (abandoned callers not yet removed are not counted).</summary>
    public int Waiting(Channel channel) => _waiting[(int)channel];

    /// <summary>Puts the first roster shift on duty and schedules the next change (an unlimited room has no roster).</summary>
    public void StartRoster()
    {
        if (_room.Roster.Unlimited)
        {
            return;
        }

        OnDuty = _room.Roster.StaffAt(0);
        _roomTally.HandlersOnDuty.Set(0, OnDuty);
        _context.Calendar.Schedule(_room.Roster.NextChange(0), ControlRoomEventKind.RosterChange);
    }

    /// <summary>A contact rings: answered at once if a handler may take it, queued otherwise.</summary>
    public void Offer(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var now = _context.Now;
        var c = (int)contact.Channel;
        if (contact.Counted)
        {
            var tally = _tallies[contact.Force]!;
            tally.Offered[c]++;
            tally.OfferedByHourOfWeek[c][WeeklyProfile.HourOfWeek(now, _mondayOffsetHours)]++;
        }

        // If this channel may be answered now its queue is empty: every release drains the queues first.
        if (CanAnswer(c))
        {
            Answer(contact);
            return;
        }

        contact.Queue();
        _queues[c].Enqueue(contact);
        _roomTally.QueueLength[c].Set(now, ++_waiting[c]);
        if (!double.IsPositiveInfinity(contact.PatienceMinutes))
        {
            _context.Calendar.Schedule(now + contact.PatienceMinutes, ControlRoomEventKind.Abandon, contact);
        }
    }

    /// <summary>The handler finishes the call, grades it if not graded already, and takes the next waiting caller.</summary>
    public void Release(Contact call)
    {
        ArgumentNullException.ThrowIfNull(call);
        _roomTally.HandlersBusy.Set(_context.Now, --Busy);
        if (call.GradedAtEndOfCall)
        {
            _grade(call);
        }

        AnswerWaitingCallers();
    }

    /// <summary>A queued caller hangs up; some 101 callers then ring 999 instead.</summary>
    /// <returns>Whether the caller hung up for good (not answered in time and not ringing 999 instead).</returns>
    public bool Abandon(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (contact.State != ContactState.Queued)
        {
            return false; // answered before patience ran out
        }

        var now = _context.Now;
        var c = (int)contact.Channel;
        contact.Abandon();
        _roomTally.QueueLength[c].Set(now, --_waiting[c]);
        var spills = contact.USpill < (_room.Channels[c]!.SpillProbability);
        if (contact.Counted)
        {
            var tally = _tallies[contact.Force]!;
            tally.Abandoned[c]++;
            tally.QueueSeconds[c] += contact.PatienceMinutes * 60.0;
            if (spills)
            {
                tally.SpilledToEmergency[c]++;
            }
        }

        if (spills)
        {
            _context.Calendar.Schedule(now + contact.SpillDelayMinutes, ControlRoomEventKind.Spill, contact);
        }

        return !spills;
    }

    /// <summary>Staffing changes with the roster; new handlers take waiting callers at once.</summary>
    public void ChangeShift()
    {
        var now = _context.Now;
        OnDuty = _room.Roster.StaffAt(now % 1440.0);
        _roomTally.HandlersOnDuty.Set(now, OnDuty);
        _context.Calendar.Schedule(_room.Roster.NextChange(now), ControlRoomEventKind.RosterChange);
        AnswerWaitingCallers();
    }

    /// <summary>Closes the pool's levels at the end of the run.</summary>
    public void Finish(double end)
    {
        for (var c = 0; c < ChannelIndex.Channels; c++)
        {
            _roomTally.QueueLength[c].Finish(end);
        }

        _roomTally.HandlersBusy.Finish(end);
        _roomTally.HandlersOnDuty.Finish(end);
    }

    /// <summary>
    /// Whether a contact on this channel may be answered now: 999 takes any free handler; other channels
    /// only while more handlers are free than are reserved for 999.
    /// </summary>
    private bool CanAnswer(int channel) =>
        _room.Roster.Unlimited
        || OnDuty - Busy > (channel == 0 ? 0 : _room.Settings.CallHandlers.ReservedForEmergency);

    private void Answer(Contact contact)
    {
        var now = _context.Now;

        // The pressure a handler feels: callers still waiting on 999 and 101 as they pick this one up.
        contact.Answer(now, _plan(contact, _waiting[(int)Channel.Emergency] + _waiting[(int)Channel.NonEmergency]));
        if (contact.Counted)
        {
            var c = (int)contact.Channel;
            var tally = _tallies[contact.Force]!;
            var waitSeconds = (now - contact.ArrivalTime) * 60.0;
            tally.Answered[c]++;
            tally.QueueSeconds[c] += waitSeconds;
            tally.AnswerWait[c].Add(waitSeconds);
            if (waitSeconds <= _room.Channels[c]!.Settings.AnswerTargetSeconds)
            {
                tally.AnsweredWithinTarget[c]++;
            }

            if (waitSeconds <= 0)
            {
                tally.AnsweredWithoutWait[c]++;
            }
        }

        if (contact.HandleMinutes <= 0)
        {
            _grade(contact);
            return;
        }

        _roomTally.HandlersBusy.Set(now, ++Busy);
        if (!contact.GradedAtEndOfCall)
        {
            // The incident is created mid-call so units can be sent while the handler finishes the call.
            _context.Calendar.Schedule(now + contact.GradeAfterMinutes, ControlRoomEventKind.Graded, contact);
        }

        _context.Calendar.Schedule(now + contact.HandleMinutes, ControlRoomEventKind.CallEnded, contact);
    }

    private void AnswerWaitingCallers()
    {
        while (NextWaitingCaller() is { } next)
        {
            Answer(next);
        }
    }

    private Contact? NextWaitingCaller()
    {
        for (var c = 0; c < ChannelIndex.Channels; c++)
        {
            if (!CanAnswer(c))
            {
                continue;
            }

            var queue = _queues[c];
            while (queue.Count > 0)
            {
                var head = queue.Dequeue();
                head.LeaveQueue();
                if (head.State == ContactState.Abandoned)
                {
                    _context.Contacts.Offer(head); // hung up earlier, removed lazily: reusable unless it still has a spill to come
                    continue;
                }

                _roomTally.QueueLength[c].Set(_context.Now, --_waiting[c]);
                return head;
            }
        }

        return null;
    }
}
