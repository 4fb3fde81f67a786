using ForceSim.Engine.Protocol;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Mutual aid: a force with too many urgent incidents waiting asks a neighbouring force (possibly in another
/// control room) for units; the neighbour lends what it can spare for a few hours. Request and answer each
/// take effect at the next window boundary, so borrowed units arrive in a later window, as in practice.
/// </summary>
public sealed partial class ControlRoomProcess
{
    private void InitialiseMutualAid()
    {
        foreach (var f in _room.Forces)
        {
            var settings = _model.Forces[f].Settings;
            if (settings.MutualAid is not null && settings.Neighbours.Count > 0)
            {
                _calendar.Schedule(60, EvAidCheck, f);
            }
        }
    }

    private void OnAidCheck(int force)
    {
        if (_now + 60 < _model.Period.End)
        {
            _calendar.Schedule(_now + 60, EvAidCheck, force);
        }

        var dispatch = _dispatch[force]!;
        var settings = _model.Forces[force].Settings;
        var aid = settings.MutualAid!;
        var waiting = dispatch.Waiting[(int)Grade.Emergency].Count + dispatch.Waiting[(int)Grade.Priority].Count;
        if (dispatch.Borrowing || waiting < aid.RequestWhenWaiting)
        {
            return;
        }

        var lender = _model.ForceIndex(settings.Neighbours[dispatch.NextNeighbour++ % settings.Neighbours.Count]);
        dispatch.Borrowing = true; // until the answer (or the loan) ends
        if (_model.Period.Contains(_now))
        {
            dispatch.Tally.Response.AidRequests++;
        }

        _outbox.Add(new AidRequest
        {
            EffectTime = _windowEnd,
            Sender = Id,
            Target = new LpId(LpKind.ControlRoom, _model.Forces[lender].ControlRoom),
            Sequence = NextSequence(),
            Borrower = force,
            Lender = lender,
            Units = aid.Units,
            Hours = aid.Hours,
        });
    }

    /// <summary>Lends what the force can spare beyond its own reserve; a force without mutual aid settings lends nothing.</summary>
    private void OnAidRequest(AidRequest request)
    {
        var dispatch = _dispatch[request.Lender]!;
        var keep = _model.Forces[request.Lender].Settings.MutualAid?.LendWhenFree;
        var spare = keep is { } k ? Math.Max(0, dispatch.Available.Count - k) : 0;
        var lent = new int[Math.Min(spare, request.Units)];
        for (var i = 0; i < lent.Length; i++)
        {
            lent[i] = TakeUnit(dispatch);
            dispatch.Status[lent[i]] = UnitStatus.Lent;
        }

        var until = _now + (request.Hours * 60);
        if (lent.Length > 0)
        {
            _calendar.Schedule(until, EvAidReturn, request.Lender, lent);
            if (_model.Period.Contains(_now))
            {
                dispatch.Tally.Response.AidUnitsLent += lent.Length;
            }
        }

        _outbox.Add(new AidGranted
        {
            EffectTime = _windowEnd,
            Sender = Id,
            Target = new LpId(LpKind.ControlRoom, _model.Forces[request.Borrower].ControlRoom),
            Sequence = NextSequence(),
            Borrower = request.Borrower,
            Units = lent.Length,
            Until = until,
        });
    }

    private void OnAidGranted(AidGranted granted)
    {
        var dispatch = _dispatch[granted.Borrower]!;
        if (granted.Units == 0 || granted.Until <= _now)
        {
            dispatch.Borrowing = false; // refused: ask another neighbour at the next check
            return;
        }

        for (var i = 0; i < granted.Units; i++)
        {
            var slot = dispatch.OwnUnits + i;
            dispatch.OnShift[slot] = true;
            dispatch.ShiftEnd[slot] = granted.Until;
            if (dispatch.Status[slot] == UnitStatus.OffDuty)
            {
                dispatch.Status[slot] = UnitStatus.Available;
                dispatch.Available.Add(slot);
            }
        }

        if (_model.Period.Contains(_now))
        {
            dispatch.Tally.Response.AidUnitsBorrowed += granted.Units;
        }

        _calendar.Schedule(granted.Until, EvBorrowedEnd, granted.Borrower);
        TryDispatch(dispatch);
    }

    /// <summary>Borrowed units go home when the loan ends, finishing any job they are on first.</summary>
    private void OnBorrowedEnd(int force)
    {
        var dispatch = _dispatch[force]!;
        for (var slot = dispatch.OwnUnits; slot < dispatch.Status.Length; slot++)
        {
            dispatch.OnShift[slot] = false;
            if (dispatch.Status[slot] == UnitStatus.Available)
            {
                dispatch.Status[slot] = UnitStatus.OffDuty;
                dispatch.Available.Remove(slot);
            }
        }

        dispatch.Borrowing = false;
    }

    private void OnAidReturn(int force, int[] units)
    {
        var dispatch = _dispatch[force]!;
        foreach (var unit in units)
        {
            if (dispatch.OnShift[unit])
            {
                dispatch.Status[unit] = UnitStatus.Available;
                dispatch.Available.Add(unit);
            }
            else
            {
                dispatch.Status[unit] = UnitStatus.OffDuty;
            }
        }

        TryDispatch(dispatch);
    }
}
