namespace ForceSim.Engine.Measures;

/// <summary>Counts and levels for dispatch and attendance, by given grade.</summary>
public sealed class ResponseTally
{
    private double _overtimeMinutes;
    private long _shiftsPlanned;
    private long _shiftsAbstracted;
    private double _paperworkMinutes;
    private long _aidRequests;
    private long _aidUnitsBorrowed;
    private long _aidUnitsLent;

    public ResponseTally(MeasuredPeriod period)
    {
        for (var g = 0; g < ChannelIndex.DispatchedGrades; g++)
        {
            DispatchQueue[g] = new TimeWeighted(period) { Weekly = new WeeklyProfile(period.MondayOffsetHours) };

            // Emergencies in tenths of a minute up to a day; slower grades in minutes up to a fortnight.
            ResponseTime[g] = g == 0 ? new Histogram(0.1, 24 * 60) : new Histogram(1.0, 14 * 24 * 60);
        }

        UnitsBusy = new TimeWeighted(period) { Weekly = new WeeklyProfile(period.MondayOffsetHours) };
        UnitsOnDuty = new TimeWeighted(period) { Weekly = new WeeklyProfile(period.MondayOffsetHours) };
        BusyUnits = new LevelOccupancy(period);
    }

    /// <summary>Incidents by given grade, including resolution without deployment (index 3).</summary>
    public long[] Incidents { get; } = new long[4];

    public long[] Dispatched { get; } = new long[ChannelIndex.DispatchedGrades];

    public double[] DispatchWaitMinutes { get; } = new double[ChannelIndex.DispatchedGrades];

    public long[] Attended { get; } = new long[ChannelIndex.DispatchedGrades];

    public long[] WithinTarget { get; } = new long[ChannelIndex.DispatchedGrades];

    /// <summary>Minutes from clock start to arrival at scene.</summary>
    public Histogram[] ResponseTime { get; } = new Histogram[ChannelIndex.DispatchedGrades];

    public TimeWeighted[] DispatchQueue { get; } = new TimeWeighted[ChannelIndex.DispatchedGrades];

    public TimeWeighted UnitsBusy { get; }

    public TimeWeighted UnitsOnDuty { get; }

    public LevelOccupancy BusyUnits { get; }

    public double OvertimeMinutes { get => _overtimeMinutes; set => _overtimeMinutes = value; }

    public long ShiftsPlanned { get => _shiftsPlanned; set => _shiftsPlanned = value; }

    public long ShiftsAbstracted { get => _shiftsAbstracted; set => _shiftsAbstracted = value; }

    public double PaperworkMinutes { get => _paperworkMinutes; set => _paperworkMinutes = value; }

    /// <summary>Mutual aid: requests this force made, units it borrowed and units it lent.</summary>
    public long AidRequests { get => _aidRequests; set => _aidRequests = value; }

    public long AidUnitsBorrowed { get => _aidUnitsBorrowed; set => _aidUnitsBorrowed = value; }

    public long AidUnitsLent { get => _aidUnitsLent; set => _aidUnitsLent = value; }

    public void Merge(ResponseTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var g = 0; g < 4; g++)
        {
            Incidents[g] += other.Incidents[g];
        }

        for (var g = 0; g < ChannelIndex.DispatchedGrades; g++)
        {
            Dispatched[g] += other.Dispatched[g];
            DispatchWaitMinutes[g] += other.DispatchWaitMinutes[g];
            Attended[g] += other.Attended[g];
            WithinTarget[g] += other.WithinTarget[g];
            ResponseTime[g].Merge(other.ResponseTime[g]);
            DispatchQueue[g].Merge(other.DispatchQueue[g]);
        }

        UnitsBusy.Merge(other.UnitsBusy);
        UnitsOnDuty.Merge(other.UnitsOnDuty);
        BusyUnits.Merge(other.BusyUnits);
        OvertimeMinutes += other.OvertimeMinutes;
        ShiftsPlanned += other.ShiftsPlanned;
        ShiftsAbstracted += other.ShiftsAbstracted;
        PaperworkMinutes += other.PaperworkMinutes;
        AidRequests += other.AidRequests;
        AidUnitsBorrowed += other.AidUnitsBorrowed;
        AidUnitsLent += other.AidUnitsLent;
    }

    internal void Visit(TallyVisitor visitor)
    {
        visitor.Counts(Incidents);
        visitor.Counts(Dispatched);
        visitor.Numbers(DispatchWaitMinutes);
        visitor.Counts(Attended);
        visitor.Counts(WithinTarget);
        for (var g = 0; g < ChannelIndex.DispatchedGrades; g++)
        {
            ResponseTime[g].Visit(visitor);
            DispatchQueue[g].Visit(visitor);
        }

        UnitsBusy.Visit(visitor);
        UnitsOnDuty.Visit(visitor);
        BusyUnits.Visit(visitor);
        visitor.Number(ref _overtimeMinutes);
        visitor.Count(ref _shiftsPlanned);
        visitor.Count(ref _shiftsAbstracted);
        visitor.Number(ref _paperworkMinutes);
        visitor.Count(ref _aidRequests);
        visitor.Count(ref _aidUnitsBorrowed);
        visitor.Count(ref _aidUnitsLent);
    }
}
