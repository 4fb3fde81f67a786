using ForceSim.Engine.Compilation;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Protocol;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// A force's response units as a resource: capacity is the units on shift, an incident requests units and
/// releases them when it clears, and the unit freed most recently is sent first (likeliest to be nearby and
/// on patrol), or, with a travel matrix, the unit with the least expected travel (ties to the unit freed most
/// recently). Slots past the force's own units hold units borrowed under mutual aid.
/// </summary>
public sealed class UnitPool
{
    private readonly CompiledForce _force;
    private readonly ControlRoomContext _context;
    private readonly ResponseTally _tally;
    private readonly MeasuredPeriod _period;
    private readonly UnitStatus[] _status;

    // Whether the unit's published shift is in force (a committed unit may be past its shift end).
    private readonly bool[] _onShift;
    private readonly double[] _shiftEnd;
    private readonly double[] _busyMinutes;

    // Write-ups each own unit owes: what it carried into its shift plus the crimes it has attended since.
    private readonly double[] _backlog;

    // Units available now; the order fixes which unit is sent, so it is part of the model's determinism.
    private readonly FreeUnits _available;

    /// <param name="borrowable">Slots for units the force may borrow, after its own.</param>
    /// <param name="places">Counts by station, for a force with geography.</param>
    public UnitPool(CompiledForce force, int borrowable, ControlRoomContext context, ResponseTally tally, MeasuredPeriod period, PlaceTally? places = null)
    {
        ArgumentNullException.ThrowIfNull(force);
        _force = force;
        _context = context;
        _tally = tally;
        _period = period;
        OwnUnits = force.UnitCount;
        var slots = OwnUnits + borrowable;
        _status = new UnitStatus[slots];
        _onShift = new bool[slots];
        _shiftEnd = new double[slots];
        _busyMinutes = new double[slots];
        _backlog = new double[slots];
        _available = new FreeUnits(slots);
        if (force.Geography is { } geography)
        {
            Places = new UnitPlaces(geography, OwnUnits, slots, force.Settings.MutualAid?.ExtraTravelMinutes ?? 0, places ?? new PlaceTally(), period);
        }
    }

    /// <summary>Where each unit is, for a force with geography; null otherwise.</summary>
    public UnitPlaces? Places { get; }

    public int OwnUnits { get; }

    /// <summary>Units free to send now.</summary>
    public int Free => _available.Count;

    /// <summary>Units committed to incidents now.</summary>
    public int Committed { get; private set; }

    /// <summary>Own units whose published shift is in force.</summary>
    public int OnDuty { get; private set; }

    public UnitStatus StatusOf(int unit) => _status[unit];

    /// <summary>Minutes the unit has spent committed to incidents (dispatch to clear), for utilisation queries.</summary>
    public double BusyMinutes(int unit) => _busyMinutes[unit];

    public bool IsBorrowed(int unit) => unit >= OwnUnits;

    /// <summary>Minutes of write-ups the unit owes now (0 for a borrowed unit, which answers to its own force).</summary>
    public double Backlog(int unit) => _backlog[unit];

    /// <summary>
    /// Commits <paramref name="count"/> units for an incident in <paramref name="area"/> (-1: work where the unit is),
    /// nearest first when the force has a travel matrix, else most recently freed first; returns the first and the others.
    /// </summary>
    public int Request(int count, out int[] others, int area = -1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (count > Free)
        {
            throw new InvalidOperationException($"{count} units requested but {Free} are free.");
        }

        var first = TakeFor(area);
        others = count == 1 ? [] : new int[count - 1];
        for (var i = 0; i < others.Length; i++)
        {
            others[i] = TakeFor(area);
        }

        Committed += count;
        SetBusyLevel();
        return first;
    }

    /// <summary>
    /// The incident has cleared: its units are free again, or go off duty if their shift has ended (that time
    /// is overtime). Paperwork and overtime follow an own unit into its next shift.
    /// </summary>
    public void Release(Contact incident, double paperworkMinutes)
    {
        ArgumentNullException.ThrowIfNull(incident);
        Release(incident.FirstUnit, incident.DispatchedAt, paperworkMinutes);
        foreach (var unit in incident.OtherUnits)
        {
            Release(unit, incident.DispatchedAt, paperworkMinutes);
        }

        Committed -= incident.UnitsNeeded;
        SetBusyLevel();
    }

    /// <summary>A unit's published shift starts; returns whether it became free (an idle unit joins at once).</summary>
    /// <param name="backlogMinutes">Write-ups the unit carries into the shift, as its plan says.</param>
    public bool StartShift(int unit, double end, double backlogMinutes = 0)
    {
        _shiftEnd[unit] = end;
        _backlog[unit] = backlogMinutes;
        if (!_onShift[unit])
        {
            _onShift[unit] = true;
            _tally.UnitsOnDuty.Set(_context.Now, ++OnDuty);
            Places?.ChangeDuty(unit, _context.Now, +1);
        }

        return MakeFreeIfOff(unit);
    }

    /// <summary>A unit's shift ends: an idle unit goes off duty, a committed one finishes its job first.</summary>
    public void EndShift(int unit)
    {
        if (!_onShift[unit] || _shiftEnd[unit] > _context.Now)
        {
            return; // a later shift already took over
        }

        _onShift[unit] = false;
        _tally.UnitsOnDuty.Set(_context.Now, --OnDuty);
        Places?.ChangeDuty(unit, _context.Now, -1);
        SendOffIfFree(unit);
    }

    /// <summary>Lends up to <paramref name="count"/> free units to a neighbouring force.</summary>
    public int[] Lend(int count)
    {
        var lent = new int[Math.Min(count, Free)];
        for (var i = 0; i < lent.Length; i++)
        {
            lent[i] = _available.TakeLatest();
            _status[lent[i]] = UnitStatus.Lent;
        }

        return lent;
    }

    /// <summary>Lent units come home: free again if still on shift, off duty otherwise.</summary>
    public void TakeBack(int[] units)
    {
        ArgumentNullException.ThrowIfNull(units);
        foreach (var unit in units)
        {
            Places?.AtHome(unit);
            if (_onShift[unit])
            {
                _status[unit] = UnitStatus.Available;
                _available.Add(unit);
            }
            else
            {
                _status[unit] = UnitStatus.OffDuty;
            }
        }
    }

    /// <summary>Units lent by a neighbour join the force until <paramref name="until"/>.</summary>
    public void Borrow(int count, double until)
    {
        for (var slot = OwnUnits; slot < OwnUnits + count; slot++)
        {
            _onShift[slot] = true;
            _shiftEnd[slot] = until;
            MakeFreeIfOff(slot);
        }
    }

    /// <summary>Borrowed units go home when the loan ends, finishing any job they are on first.</summary>
    public void SendBorrowedHome()
    {
        for (var slot = OwnUnits; slot < _status.Length; slot++)
        {
            _onShift[slot] = false;
            SendOffIfFree(slot);
        }
    }

    /// <summary>Closes the pool's levels at the end of the run.</summary>
    public void Finish(double end)
    {
        _tally.UnitsBusy.Finish(end);
        _tally.UnitsOnDuty.Finish(end);
        _tally.BusyUnits.Finish(end);
        Places?.Finish(end);
    }

    /// <summary>The unit to send to <paramref name="area"/>: the nearest by expected travel (ties to the latest freed), or the latest freed.</summary>
    private int TakeFor(int area)
    {
        int unit;
        if (Places is { HasMatrix: true } places && area >= 0)
        {
            var free = _available.InOrder();
            unit = free[places.Nearest(free, area, _context.Now)];
            _available.Remove(unit);
        }
        else
        {
            unit = _available.TakeLatest();
        }

        _status[unit] = UnitStatus.Committed;
        Places?.Sent(unit, area, _context.Now);
        return unit;
    }

    private bool MakeFreeIfOff(int unit)
    {
        if (_status[unit] != UnitStatus.OffDuty)
        {
            return false;
        }

        _status[unit] = UnitStatus.Available;
        _available.Add(unit);
        Places?.AtHome(unit);
        return true;
    }

    private void SendOffIfFree(int unit)
    {
        if (_status[unit] == UnitStatus.Available)
        {
            _status[unit] = UnitStatus.OffDuty;
            _available.Remove(unit);
        }
    }

    private void Release(int unit, double dispatchedAt, double paperworkMinutes)
    {
        var now = _context.Now;
        var overtime = 0.0;
        Places?.Cleared(unit, now);
        if (_onShift[unit])
        {
            _status[unit] = UnitStatus.Available;
            _available.Add(unit);
        }
        else
        {
            _status[unit] = UnitStatus.OffDuty;
            overtime = now - _shiftEnd[unit];
            if (_period.Contains(now))
            {
                _tally.OvertimeMinutes += overtime;
            }
        }

        _busyMinutes[unit] += now - dispatchedAt;
        if ((paperworkMinutes <= 0 && overtime <= 0) || IsBorrowed(unit))
        {
            return; // nothing that changes the unit's next shift, or a borrowed unit that reports to its own force
        }

        _backlog[unit] += paperworkMinutes;

        _context.Send(new UnitWorkload
        {
            EffectTime = _context.WindowEnd,
            Sender = _context.Id,
            Target = new LpId(LpKind.PatrolUnit, _force.FirstUnit + unit),
            Sequence = _context.NextSequence(),
            PaperworkMinutes = paperworkMinutes,
            OvertimeMinutes = overtime,
        });
    }

    private void SetBusyLevel()
    {
        _tally.UnitsBusy.Set(_context.Now, Committed);
        _tally.BusyUnits.Set(_context.Now, Committed);
    }
}
