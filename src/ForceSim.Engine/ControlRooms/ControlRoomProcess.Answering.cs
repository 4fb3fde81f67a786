using ForceSim.Engine.Measures;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Call answering: one pool of handlers, channels answered in priority order (999, 101, online),
/// first come first served within a channel, callers hanging up when their patience runs out.
/// </summary>
public sealed partial class ControlRoomProcess
{
    private readonly Queue<Contact>[] _callQueues = [new(), new(), new()];
    private readonly int[] _queued = new int[ChannelIndex.Channels];
    private int _handlersOnDuty;
    private int _handlersBusy;

    private void InitialiseAnswering()
    {
        if (_room.Roster.Unlimited)
        {
            return;
        }

        _handlersOnDuty = _room.Roster.StaffAt(0);
        _roomTally.HandlersOnDuty.Set(0, _handlersOnDuty);
        _calendar.Schedule(_room.Roster.NextChange(0), EvRoster);
    }

    /// <summary>
    /// Whether a contact on this channel may be answered now: 999 takes any free handler; other channels
    /// only while more handlers are free than are reserved for 999.
    /// </summary>
    private bool CanAnswer(int channel) =>
        _room.Roster.Unlimited
        || _handlersOnDuty - _handlersBusy > (channel == 0 ? 0 : _room.Settings.CallHandlers.ReservedForEmergency);

    private void Offer(Contact contact)
    {
        var c = (int)contact.Channel;
        if (contact.Counted)
        {
            var tally = _dispatch[contact.Force]!.Tally.Contact;
            tally.Offered[c]++;
            tally.OfferedByHourOfWeek[c][WeeklyProfile.HourOfWeek(_now, _model.Period.MondayOffsetHours)]++;
        }

        // If this channel may be answered now its queue is empty: every release drains the queues first.
        if (CanAnswer(c))
        {
            Answer(contact);
            return;
        }

        contact.State = ContactState.Queued;
        _callQueues[c].Enqueue(contact);
        _roomTally.QueueLength[c].Set(_now, ++_queued[c]);
        if (!double.IsPositiveInfinity(contact.PatienceMinutes))
        {
            _calendar.Schedule(_now + contact.PatienceMinutes, EvAbandon, 0, contact);
        }
    }

    private void Answer(Contact contact)
    {
        contact.State = ContactState.BeingHandled;
        contact.AnsweredAt = _now;
        if (contact.Counted)
        {
            var c = (int)contact.Channel;
            var tally = _dispatch[contact.Force]!.Tally.Contact;
            var waitSeconds = (_now - contact.ArrivalTime) * 60.0;
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
            Triage(contact);
            return;
        }

        _roomTally.HandlersBusy.Set(_now, ++_handlersBusy);
        var gradeAtEnd = contact.GradeAfterMinutes >= contact.HandleMinutes;
        if (!gradeAtEnd)
        {
            // The incident is created mid-call so units can be sent while the handler finishes the call.
            _calendar.Schedule(_now + contact.GradeAfterMinutes, EvGraded, 0, contact);
        }

        _calendar.Schedule(_now + contact.HandleMinutes, EvHandled, gradeAtEnd ? 1 : 0, contact);
    }

    private void OnHandled(Contact contact, bool gradeNow)
    {
        _roomTally.HandlersBusy.Set(_now, --_handlersBusy);
        if (gradeNow)
        {
            Triage(contact);
        }

        AnswerWaitingCallers();
    }

    private void OnAbandon(Contact contact)
    {
        if (contact.State != ContactState.Queued)
        {
            return; // answered before patience ran out
        }

        var c = (int)contact.Channel;
        contact.State = ContactState.Abandoned;
        _roomTally.QueueLength[c].Set(_now, --_queued[c]);
        var spills = contact.USpill < (_room.Channels[c]!.SpillProbability);
        if (contact.Counted)
        {
            var tally = _dispatch[contact.Force]!.Tally.Contact;
            tally.Abandoned[c]++;
            tally.QueueSeconds[c] += contact.PatienceMinutes * 60.0;
            if (spills)
            {
                tally.SpilledToEmergency[c]++;
            }
        }

        if (spills)
        {
            _calendar.Schedule(_now + contact.SpillDelayMinutes, EvSpill, 0, contact);
        }
    }

    private void OnRosterChange()
    {
        _handlersOnDuty = _room.Roster.StaffAt(_now % 1440.0);
        _roomTally.HandlersOnDuty.Set(_now, _handlersOnDuty);
        _calendar.Schedule(_room.Roster.NextChange(_now), EvRoster);
        AnswerWaitingCallers();
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

            var queue = _callQueues[c];
            while (queue.Count > 0)
            {
                var head = queue.Dequeue();
                if (head.State == ContactState.Abandoned)
                {
                    continue; // left the queue earlier; removed lazily
                }

                _roomTally.QueueLength[c].Set(_now, --_queued[c]);
                return head;
            }
        }

        return null;
    }
}
