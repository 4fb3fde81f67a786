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
    private long _otherWorkTasks;
    private double _otherWorkUnitMinutes;
    private long _deskResolved;
    private long _appointmentsBooked;
    private double _appointmentLeadMinutes;

    public ResponseTally(MeasuredPeriod period)
    {
        for (var g = 0; g < ChannelIndex.DispatchedGrades; g++)
        {
            DispatchQueue[g] = new TimeWeighted(period) { Weekly = new WeeklyProfile(period.MondayOffsetHours), Daily = new DailySeries(period.End) };

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

    /// <summary>Attended incidents by the grade they needed (which under-grading may differ from the grade given).</summary>
    public long[] AttendedByNeed { get; } = new long[ChannelIndex.DispatchedGrades];

    public long[] WithinNeedTarget { get; } = new long[ChannelIndex.DispatchedGrades];

    /// <summary>
    /// Incidents that needed a unit but got none: under-graded scheduled incidents graded to be resolved without one,
    /// and under-graded priority incidents a desk resolved.
    /// </summary>
    public long[] NeedNotAttended { get; } = new long[ChannelIndex.DispatchedGrades];

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

    /// <summary>Response work that is not a public call: tasks finished and the unit-minutes they took.</summary>
    public long OtherWorkTasks { get => _otherWorkTasks; set => _otherWorkTasks = value; }

    public double OtherWorkUnitMinutes { get => _otherWorkUnitMinutes; set => _otherWorkUnitMinutes = value; }

    /// <summary>Scheduled incidents a desk resolved without a unit.</summary>
    public long DeskResolved { get => _deskResolved; set => _deskResolved = value; }

    /// <summary>Scheduled incidents given an appointment, and the minutes from the call to the appointment, summed.</summary>
    public long AppointmentsBooked { get => _appointmentsBooked; set => _appointmentsBooked = value; }

    public double AppointmentLeadMinutes { get => _appointmentLeadMinutes; set => _appointmentLeadMinutes = value; }

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
            AttendedByNeed[g] += other.AttendedByNeed[g];
            WithinNeedTarget[g] += other.WithinNeedTarget[g];
            NeedNotAttended[g] += other.NeedNotAttended[g];
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
        OtherWorkTasks += other.OtherWorkTasks;
        OtherWorkUnitMinutes += other.OtherWorkUnitMinutes;
        DeskResolved += other.DeskResolved;
        AppointmentsBooked += other.AppointmentsBooked;
        AppointmentLeadMinutes += other.AppointmentLeadMinutes;
    }

    internal void Visit(TallyVisitor visitor)
    {
        visitor.Counts(Incidents);
        visitor.Counts(Dispatched);
        visitor.Numbers(DispatchWaitMinutes);
        visitor.Counts(Attended);
        visitor.Counts(WithinTarget);
        visitor.Counts(AttendedByNeed);
        visitor.Counts(WithinNeedTarget);
        visitor.Counts(NeedNotAttended);
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
        visitor.Count(ref _otherWorkTasks);
        visitor.Number(ref _otherWorkUnitMinutes);
        visitor.Count(ref _deskResolved);
        visitor.Count(ref _appointmentsBooked);
        visitor.Number(ref _appointmentLeadMinutes);
    }
}
