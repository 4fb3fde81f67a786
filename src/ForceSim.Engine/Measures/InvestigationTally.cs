namespace ForceSim.Engine.Measures;

/// <summary>Investigation quality counts over cases closed in the measured period.</summary>
public sealed class InvestigationTally
{
    private long _referred;
    private long _screenedOut;
    private long _closed;
    private long _planSet;
    private long _supervised;
    private long _linesTotal;
    private long _linesCompleted;
    private long _updatesDue;
    private long _updatesDelivered;
    private long _timely;
    private long _charged;
    private double _caseloadSum;
    private long _caseloadSamples;

    public InvestigationTally(MeasuredPeriod period)
    {
        Caseload = new DailySeries(period.End);
    }

    public long Referred { get => _referred; set => _referred = value; }

    public long ScreenedOut { get => _screenedOut; set => _screenedOut = value; }

    public long Closed { get => _closed; set => _closed = value; }

    public long PlanSet { get => _planSet; set => _planSet = value; }

    public long Supervised { get => _supervised; set => _supervised = value; }

    public long LinesTotal { get => _linesTotal; set => _linesTotal = value; }

    public long LinesCompleted { get => _linesCompleted; set => _linesCompleted = value; }

    public long UpdatesDue { get => _updatesDue; set => _updatesDue = value; }

    public long UpdatesDelivered { get => _updatesDelivered; set => _updatesDelivered = value; }

    public long Timely { get => _timely; set => _timely = value; }

    public long Charged { get => _charged; set => _charged = value; }

    /// <summary>Sum over daily samples of open cases per investigator.</summary>
    public double CaseloadSum { get => _caseloadSum; set => _caseloadSum = value; }

    public long CaseloadSamples { get => _caseloadSamples; set => _caseloadSamples = value; }

    /// <summary>Open cases per investigator on each day of the run, warm-up included: does the caseload keep growing.</summary>
    public DailySeries Caseload { get; }

    public void Merge(InvestigationTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Referred += other.Referred;
        ScreenedOut += other.ScreenedOut;
        Closed += other.Closed;
        PlanSet += other.PlanSet;
        Supervised += other.Supervised;
        LinesTotal += other.LinesTotal;
        LinesCompleted += other.LinesCompleted;
        UpdatesDue += other.UpdatesDue;
        UpdatesDelivered += other.UpdatesDelivered;
        Timely += other.Timely;
        Charged += other.Charged;
        CaseloadSum += other.CaseloadSum;
        CaseloadSamples += other.CaseloadSamples;
        Caseload.Merge(other.Caseload);
    }

    internal void Visit(TallyVisitor visitor)
    {
        visitor.Count(ref _referred);
        visitor.Count(ref _screenedOut);
        visitor.Count(ref _closed);
        visitor.Count(ref _planSet);
        visitor.Count(ref _supervised);
        visitor.Count(ref _linesTotal);
        visitor.Count(ref _linesCompleted);
        visitor.Count(ref _updatesDue);
        visitor.Count(ref _updatesDelivered);
        visitor.Count(ref _timely);
        visitor.Count(ref _charged);
        visitor.Number(ref _caseloadSum);
        visitor.Count(ref _caseloadSamples);
        Caseload.Visit(visitor);
    }
}
