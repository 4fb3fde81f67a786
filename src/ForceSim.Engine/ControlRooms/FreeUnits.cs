namespace ForceSim.Engine.ControlRooms;

/// <summary>
/// A force's free units in the order they were freed, the latest taken first. The order decides which unit is sent,
/// so it is part of the model's determinism. Units join at the latest end but leave from anywhere (a unit going off
/// shift was usually freed long ago): a list linked through two arrays indexed by unit makes every join and leave
/// O(1), where a List's Remove searched and shifted the whole list, thousands of units a shift change nationally.
/// </summary>
public sealed class FreeUnits
{
    private const int None = -1;

    private readonly int[] _earlier;
    private readonly int[] _later;
    private readonly bool[] _free;

    // The units oldest-first, copied out for a nearest-unit search that scans them in order.
    private readonly int[] _ordered;
    private int _oldest = None;
    private int _latest = None;

    /// <param name="slots">Units the force can have, its own and borrowed: units are numbered 0 to slots - 1.</param>
    public FreeUnits(int slots)
    {
        _earlier = new int[slots];
        _later = new int[slots];
        _free = new bool[slots];
        _ordered = new int[slots];
    }

    /// <summary>Units free now.</summary>
    public int Count { get; private set; }

    /// <summary>Whether the unit is free now.</summary>
    public bool Contains(int unit) => _free[unit];

    /// <summary>The unit is freed: it becomes the latest freed.</summary>
    public void Add(int unit)
    {
        if (_free[unit])
        {
            throw new InvalidOperationException($"Unit {unit} is already free.");
        }

        _free[unit] = true;
        _earlier[unit] = _latest;
        _later[unit] = None;
        if (_latest == None)
        {
            _oldest = unit;
        }
        else
        {
            _later[_latest] = unit;
        }

        _latest = unit;
        Count++;
    }

    /// <summary>The unit stops being free (sent, lent or off duty); the others keep their order. Returns whether it was free.</summary>
    public bool Remove(int unit)
    {
        if (!_free[unit])
        {
            return false;
        }

        _free[unit] = false;
        var (earlier, later) = (_earlier[unit], _later[unit]);
        if (earlier == None)
        {
            _oldest = later;
        }
        else
        {
            _later[earlier] = later;
        }

        if (later == None)
        {
            _latest = earlier;
        }
        else
        {
            _earlier[later] = earlier;
        }

        Count--;
        return true;
    }

    /// <summary>Takes the unit freed most recently.</summary>
    public int TakeLatest()
    {
        var unit = _latest;
        if (unit == None)
        {
            throw new InvalidOperationException("No unit is free.");
        }

        Remove(unit);
        return unit;
    }

    /// <summary>The free units, the oldest freed first (valid until the next change).</summary>
    public ReadOnlySpan<int> InOrder()
    {
        var count = 0;
        for (var unit = _oldest; unit != None; unit = _later[unit])
        {
            _ordered[count++] = unit;
        }

        return _ordered.AsSpan(0, count);
    }
}
