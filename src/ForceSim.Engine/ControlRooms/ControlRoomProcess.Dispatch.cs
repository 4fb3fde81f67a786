using ForceSim.Engine.Compilation;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Dispatch: strict non-preemptive priority by grade, first come first served within a grade. When the
/// most urgent incident needs more units than are free, free units are held for it; a reserve of units
/// can also be kept free for emergencies that have not happened yet.
/// </summary>
public sealed partial class ControlRoomProcess
{
    private void TryDispatch(ForceDispatch dispatch)
    {
        while (true)
        {
            var g = 0;
            while (g < ChannelIndex.DispatchedGrades && dispatch.Waiting[g].Count == 0)
            {
                g++;
            }

            // Less urgent incidents may not take the units held back for emergencies.
            var reserve = g == 0 ? 0 : _model.Forces[dispatch.Force].Settings.Response.ReservedForEmergency;
            if (g == ChannelIndex.DispatchedGrades || dispatch.Waiting[g].Peek().UnitsNeeded + reserve > dispatch.Available.Count)
            {
                return;
            }

            var incident = dispatch.Waiting[g].Dequeue();
            dispatch.Tally.Response.DispatchQueue[g].Set(_now, dispatch.Waiting[g].Count);
            Send(dispatch, incident);
        }
    }

    private void Send(ForceDispatch dispatch, Contact incident)
    {
        var available = dispatch.Available.Count;
        incident.FirstUnit = TakeUnit(dispatch);
        if (incident.UnitsNeeded > 1)
        {
            var others = new int[incident.UnitsNeeded - 1];
            for (var i = 0; i < others.Length; i++)
            {
                others[i] = TakeUnit(dispatch);
            }

            incident.OtherUnits = others;
        }

        dispatch.Committed += incident.UnitsNeeded;
        SetBusyLevel(dispatch);
        incident.State = ContactState.Dispatched;
        incident.DispatchedAt = _now;
        if (incident.Counted)
        {
            var g = (int)incident.GivenGrade;
            dispatch.Tally.Response.Dispatched[g]++;
            dispatch.Tally.Response.DispatchWaitMinutes[g] += _now - incident.AwaitingSince;
        }

        // A borrowed unit starts across the border.
        var borrowed = incident.FirstUnit >= dispatch.OwnUnits ? _model.Forces[dispatch.Force].Settings.MutualAid?.ExtraTravelMinutes ?? 0 : 0;
        _calendar.Schedule(_now + TravelMinutes(incident, available) + borrowed, EvAtScene, 0, incident);
    }

    private static int TakeUnit(ForceDispatch dispatch)
    {
        // The unit that became free most recently goes: it is likeliest to be nearby and on patrol.
        var unit = dispatch.Available[^1];
        dispatch.Available.RemoveAt(dispatch.Available.Count - 1);
        dispatch.Status[unit] = UnitStatus.Committed;
        return unit;
    }

    /// <summary>
    /// Square-root law: the nearest of n units spread over an area A is a Rayleigh-distributed distance
    /// with mean k·sqrt(A/n); units are assumed spread in proportion to demand between urban and rural areas.
    /// </summary>
    private double TravelMinutes(Contact incident, int availableUnits)
    {
        var travel = _model.Forces[incident.Force].Settings.Travel;
        if (travel.Model == TravelModel.Distribution)
        {
            return incident.TravelDraw;
        }

        var zoneArea = travel.AreaKm2 * (incident.Urban ? travel.UrbanAreaShare : 1 - travel.UrbanAreaShare);
        var zoneUnits = Math.Max(1.0, availableUnits * (incident.Urban ? travel.UrbanShare : 1 - travel.UrbanShare));
        var straightLine = Math.Sqrt(-Math.Log(1 - incident.TravelDraw) * zoneArea / (Math.PI * zoneUnits));
        var roadKm = straightLine * (travel.K / 0.5);
        var speed = incident.Urban ? travel.UrbanSpeedKmh : travel.RuralSpeedKmh;
        return travel.MobiliseMinutes + (roadKm / speed * 60.0);
    }

    private void OnAtScene(Contact incident)
    {
        incident.State = ContactState.OnScene;
        incident.ArrivedAt = _now;
        var grades = _model.Forces[incident.Force].Settings.Grades;
        var clockStart = grades.ClockStartsAt == ClockStart.Call ? incident.ArrivalTime : incident.DispatchedAt;
        var responseMinutes = _now - clockStart;
        var late = responseMinutes > grades.TargetMinutes(incident.GivenGrade, incident.Urban);
        if (incident.Counted)
        {
            var response = _dispatch[incident.Force]!.Tally.Response;
            var g = (int)incident.GivenGrade;
            response.Attended[g]++;
            response.WithinTarget[g] += late ? 0 : 1;
            response.ResponseTime[g].Add(responseMinutes);
            if (incident.GivenGrade is Grade.Emergency or Grade.Priority)
            {
                _dispatch[incident.Force]!.AttendanceSample.Offer(!late);
            }
        }

        incident.Late = late;
        _calendar.Schedule(_now + incident.OnSceneMinutes, EvCleared, 0, incident);
    }

    private void OnCleared(Contact incident)
    {
        var dispatch = _dispatch[incident.Force]!;
        var force = _model.Forces[incident.Force];
        var paperwork = incident.Crime ? force.Settings.Response.PaperworkMinutesPerCrime : 0;
        Release(dispatch, force, incident, incident.FirstUnit, paperwork);
        foreach (var unit in incident.OtherUnits)
        {
            Release(dispatch, force, incident, unit, paperwork);
        }

        dispatch.Committed -= incident.UnitsNeeded;
        SetBusyLevel(dispatch);
        Close(incident, attended: true);
        TryDispatch(dispatch);
    }

    private void Release(ForceDispatch dispatch, CompiledForce force, Contact incident, int unit, double paperwork)
    {
        var overtime = 0.0;
        if (dispatch.OnShift[unit])
        {
            dispatch.Status[unit] = UnitStatus.Available;
            dispatch.Available.Add(unit);
        }
        else
        {
            dispatch.Status[unit] = UnitStatus.OffDuty;
            overtime = _now - dispatch.ShiftEnd[unit];
            if (_model.Period.Contains(_now))
            {
                dispatch.Tally.Response.OvertimeMinutes += overtime;
            }
        }

        dispatch.BusyMinutes[unit] += _now - incident.DispatchedAt;
        if ((paperwork <= 0 && overtime <= 0) || unit >= dispatch.OwnUnits)
        {
            return; // nothing that changes the unit's next shift, or a borrowed unit that reports to its own force
        }

        _outbox.Add(new UnitWorkload
        {
            EffectTime = _windowEnd,
            Sender = Id,
            Target = new LpId(LpKind.PatrolUnit, force.FirstUnit + unit),
            Sequence = NextSequence(),
            PaperworkMinutes = paperwork,
            OvertimeMinutes = overtime,
        });
    }

    private void OnUnitOn(ShiftPlan plan)
    {
        var slot = _model.Units[plan.Unit];
        var dispatch = _dispatch[slot.Force]!;
        var unit = slot.LocalIndex;
        dispatch.ShiftEnd[unit] = plan.To;
        if (!dispatch.OnShift[unit])
        {
            dispatch.OnShift[unit] = true;
            dispatch.Tally.Response.UnitsOnDuty.Set(_now, ++dispatch.OnDuty);
        }

        if (dispatch.Status[unit] == UnitStatus.OffDuty)
        {
            dispatch.Status[unit] = UnitStatus.Available;
            dispatch.Available.Add(unit);
            TryDispatch(dispatch);
        }
    }

    private void OnUnitOff(int globalUnit)
    {
        var slot = _model.Units[globalUnit];
        var dispatch = _dispatch[slot.Force]!;
        var unit = slot.LocalIndex;
        if (!dispatch.OnShift[unit] || dispatch.ShiftEnd[unit] > _now)
        {
            return; // a later shift already took over
        }

        dispatch.OnShift[unit] = false;
        dispatch.Tally.Response.UnitsOnDuty.Set(_now, --dispatch.OnDuty);
        if (dispatch.Status[unit] == UnitStatus.Available)
        {
            dispatch.Status[unit] = UnitStatus.OffDuty;
            dispatch.Available.Remove(unit);
        }
    }

    private void SetBusyLevel(ForceDispatch dispatch)
    {
        dispatch.Tally.Response.UnitsBusy.Set(_now, dispatch.Committed);
        dispatch.Tally.Response.BusyUnits.Set(_now, dispatch.Committed);
    }
}
