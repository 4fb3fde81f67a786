namespace ForceSim.Engine.Measures;

/// <summary>
/// Counts by place for a force with geography: attendance by area and grade, emergency response times by area,
/// each station's busy and on-duty unit-minutes, and dispatches that crossed an area boundary. Empty (and cheap to
/// encode) for a force without geography; arrays are shaped once, before the run, so counting allocates nothing.
/// </summary>
public sealed class PlaceTally
{
    /// <summary>Emergency response times by area are kept in half-minute bins up to 12 hours.</summary>
    public const double BinMinutes = 0.5;

    public const int BinsPerArea = 1440;

    private const int Grades = ChannelIndex.DispatchedGrades;

    private long[] _attended = [];
    private long[] _withinTarget = [];
    private long[] _emergencyBins = [];
    private double[] _stationBusyMinutes = [];
    private double[] _stationOnDutyMinutes = [];
    private long _unitDispatches;
    private long _crossAreaDispatches;

    public int Areas => _attended.Length / Grades;

    public int Stations => _stationBusyMinutes.Length;

    /// <summary>Units sent to incidents (each unit of a multi-unit incident counts), and those sent from another area.</summary>
    public long UnitDispatches { get => _unitDispatches; set => _unitDispatches = value; }

    public long CrossAreaDispatches { get => _crossAreaDispatches; set => _crossAreaDispatches = value; }

    /// <summary>Sizes the counts for a force's areas and stations; call before the run.</summary>
    public void Shape(int areas, int stations)
    {
        Resize(ref _attended, areas * Grades);
        Resize(ref _withinTarget, areas * Grades);
        Resize(ref _emergencyBins, areas * BinsPerArea);
        Resize(ref _stationBusyMinutes, stations);
        Resize(ref _stationOnDutyMinutes, stations);
    }

    /// <summary>The first unit reached an incident in <paramref name="area"/>, within its grade's target or not.</summary>
    public void Attend(int area, int grade, bool withinTarget, double responseMinutes)
    {
        var i = (area * Grades) + grade;
        _attended[i]++;
        _withinTarget[i] += withinTarget ? 1 : 0;
        if (grade == 0)
        {
            var bin = (long)(responseMinutes / BinMinutes);
            if (bin < BinsPerArea)
            {
                _emergencyBins[(area * BinsPerArea) + Math.Max(bin, 0)]++;
            }
        }
    }

    public long Attended(int area, int grade) => _attended[(area * Grades) + grade];

    public long WithinTarget(int area, int grade) => _withinTarget[(area * Grades) + grade];

    public void AddStationMinutes(int station, double busyMinutes, double onDutyMinutes)
    {
        _stationBusyMinutes[station] += busyMinutes;
        _stationOnDutyMinutes[station] += onDutyMinutes;
    }

    public double StationBusyMinutes(int station) => _stationBusyMinutes[station];

    public double StationOnDutyMinutes(int station) => _stationOnDutyMinutes[station];

    /// <summary>The q-quantile of emergency response minutes in the area (interpolated in its bin); NaN when none, +∞ past 12 hours.</summary>
    public double EmergencyQuantile(int area, double q)
    {
        var count = Attended(area, 0);
        if (count == 0)
        {
            return double.NaN;
        }

        var target = q * count;
        double cumulative = 0;
        for (var i = 0; i < BinsPerArea; i++)
        {
            var bin = _emergencyBins[(area * BinsPerArea) + i];
            if (bin > 0 && cumulative + bin >= target)
            {
                return (i + ((target - cumulative) / bin)) * BinMinutes;
            }

            cumulative += bin;
        }

        return double.PositiveInfinity;
    }

    /// <summary>Adds another tally element by element; forces with different areas merge into nonsense, so only a force's own tallies are merged for place measures.</summary>
    public void Merge(PlaceTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Add(ref _attended, other._attended);
        Add(ref _withinTarget, other._withinTarget);
        Add(ref _emergencyBins, other._emergencyBins);
        Add(ref _stationBusyMinutes, other._stationBusyMinutes);
        Add(ref _stationOnDutyMinutes, other._stationOnDutyMinutes);
        _unitDispatches += other._unitDispatches;
        _crossAreaDispatches += other._crossAreaDispatches;
    }

    internal void Visit(TallyVisitor visitor)
    {
        visitor.ResizableCounts(ref _attended);
        visitor.ResizableCounts(ref _withinTarget);
        visitor.ResizableCounts(ref _emergencyBins);
        visitor.ResizableNumbers(ref _stationBusyMinutes);
        visitor.ResizableNumbers(ref _stationOnDutyMinutes);
        visitor.Count(ref _unitDispatches);
        visitor.Count(ref _crossAreaDispatches);
    }

    private static void Resize<T>(ref T[] values, int length)
    {
        if (values.Length < length)
        {
            Array.Resize(ref values, length);
        }
    }

    private static void Add(ref long[] values, long[] other)
    {
        Resize(ref values, other.Length);
        for (var i = 0; i < other.Length; i++)
        {
            values[i] += other[i];
        }
    }

    private static void Add(ref double[] values, double[] other)
    {
        Resize(ref values, other.Length);
        for (var i = 0; i < other.Length; i++)
        {
            values[i] += other[i];
        }
    }
}
