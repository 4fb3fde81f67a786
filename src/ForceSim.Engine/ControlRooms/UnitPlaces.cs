using ForceSim.Engine.Compilation;
using ForceSim.Engine.Measures;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// Where each unit of a force with geography is: at its station, at a scene, or driving back from one (a journey
/// from one area to another, its position taken as the straight mix of the two by the share of the journey done).
/// A borrowed unit starts at the border: from the far side of the force, plus the mutual-aid extra minutes; once it
/// has cleared an incident it patrols that area. Also keeps each station's busy and on-duty unit-minutes.
/// </summary>
public sealed class UnitPlaces
{
    /// <summary>The "area" of a unit still at the border it crossed to help.</summary>
    public const int Border = -1;

    private const int NoScene = -2;

    private readonly CompiledGeography _geography;
    private readonly PlaceTally _tally;
    private readonly MeasuredPeriod _period;
    private readonly int _ownUnits;
    private readonly double _borderMinutes;
    private readonly int[] _from;
    private readonly int[] _to;
    private readonly double[] _departAt;
    private readonly double[] _arriveAt;
    private readonly int[] _scene;

    // Each station's committed and on-duty own units now, and when either last changed.
    private readonly int[] _busy;
    private readonly int[] _onDuty;
    private readonly double[] _since;

    public UnitPlaces(CompiledGeography geography, int ownUnits, int slots, double borderMinutes, PlaceTally tally, MeasuredPeriod period)
    {
        ArgumentNullException.ThrowIfNull(geography);
        ArgumentNullException.ThrowIfNull(tally);
        _geography = geography;
        _tally = tally;
        _period = period;
        _ownUnits = ownUnits;
        _borderMinutes = borderMinutes;
        _from = new int[slots];
        _to = new int[slots];
        _departAt = new double[slots];
        _arriveAt = new double[slots];
        _scene = new int[slots];
        _busy = new int[geography.StationCount];
        _onDuty = new int[geography.StationCount];
        _since = new double[geography.StationCount];
        tally.Shape(geography.AreaCount, geography.StationCount);
        for (var unit = 0; unit < slots; unit++)
        {
            AtHome(unit);
        }
    }

    /// <summary>Whether travel differs by where a unit is; without a matrix every unit is as near as any other.</summary>
    public bool HasMatrix => _geography.Matrix is not null;

    /// <summary>The area the unit is in now: where it is, or where its journey started until it arrives; <see cref="Border"/> for a borrowed unit not yet used.</summary>
    public int AreaOf(int unit, double now) => now >= _arriveAt[unit] ? _to[unit] : _from[unit];

    /// <summary>Expected minutes from where the unit is now to an incident in <paramref name="area"/>, with the time-of-day factor.</summary>
    public double Expected(int unit, int area, double now)
    {
        var band = _geography.BandFactor(now);
        var to = _to[unit];
        if (to == Border)
        {
            return (_geography.ColumnMax[area] * band) + _borderMinutes;
        }

        var minutes = _geography.Minutes(to, area);
        if (now < _arriveAt[unit])
        {
            var done = (now - _departAt[unit]) / (_arriveAt[unit] - _departAt[unit]);
            minutes = (done * minutes) + ((1 - done) * _geography.Minutes(_from[unit], area));
        }

        return minutes * band;
    }

    /// <summary>Index in <paramref name="available"/> of the unit with the least expected travel; ties go to the later in the list (the latest freed).</summary>
    public int Nearest(ReadOnlySpan<int> available, int area, double now)
    {
        var index = available.Length - 1;
        var best = double.PositiveInfinity;
        for (var i = available.Length - 1; i >= 0; i--)
        {
            var minutes = Expected(available[i], area, now);
            if (minutes < best)
            {
                (best, index) = (minutes, i);
            }
        }

        return index;
    }

    /// <summary>The unit starts (or restarts) its duty at its station; a borrowed unit at the border.</summary>
    public void AtHome(int unit)
    {
        var home = unit < _ownUnits ? _geography.StationArea[_geography.UnitStation[unit]] : Border;
        _from[unit] = home;
        _to[unit] = home;
        _departAt[unit] = 0;
        _arriveAt[unit] = 0;
        _scene[unit] = NoScene;
    }

    /// <summary>The unit is sent to an incident in <paramref name="area"/>, or to other work where it is (area -1).</summary>
    public void Sent(int unit, int area, double now)
    {
        _scene[unit] = area < 0 ? NoScene : area;
        if (unit < _ownUnits)
        {
            var station = _geography.UnitStation[unit];
            Accumulate(station, now);
            _busy[station]++;
        }
    }

    /// <summary>
    /// The unit clears: it drives back to its station from the scene's area, or patrols its station's area at once;
    /// a borrowed unit patrols where it cleared. After other work it is wherever it was.
    /// </summary>
    public void Cleared(int unit, double now)
    {
        var scene = _scene[unit];
        _scene[unit] = NoScene;
        if (unit >= _ownUnits)
        {
            if (scene != NoScene)
            {
                (_from[unit], _to[unit], _arriveAt[unit]) = (scene, scene, 0);
            }

            return;
        }

        var station = _geography.UnitStation[unit];
        Accumulate(station, now);
        _busy[station]--;
        if (scene == NoScene)
        {
            return;
        }

        var home = _geography.StationArea[station];
        if (_geography.AfterClearing == AfterClearing.PatrolArea || scene == home)
        {
            (_from[unit], _to[unit], _arriveAt[unit]) = (home, home, 0);
            return;
        }

        _from[unit] = scene;
        _to[unit] = home;
        _departAt[unit] = now;
        _arriveAt[unit] = now + (_geography.Minutes(scene, home) * _geography.BandFactor(now));
    }

    /// <summary>An own unit's published shift starts (+1) or ends (-1).</summary>
    public void ChangeDuty(int unit, double now, int change)
    {
        if (unit >= _ownUnits)
        {
            return;
        }

        var station = _geography.UnitStation[unit];
        Accumulate(station, now);
        _onDuty[station] += change;
    }

    /// <summary>Closes every station's levels at the end of the run.</summary>
    public void Finish(double end)
    {
        for (var s = 0; s < _busy.Length; s++)
        {
            Accumulate(s, end);
        }
    }

    private void Accumulate(int station, double now)
    {
        var from = Math.Max(_since[station], _period.Start);
        var to = Math.Min(now, _period.End);
        if (to > from)
        {
            _tally.AddStationMinutes(station, _busy[station] * (to - from), _onDuty[station] * (to - from));
        }

        _since[station] = Math.Max(_since[station], now);
    }
}
