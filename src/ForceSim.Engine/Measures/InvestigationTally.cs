namespace ForceSim.Engine.Measures;

/// <summary>Investigation quality counts over cases closed in the measured period.</summary>
public sealed class InvestigationTally
{
    public long Referred { get; set; }

    public long ScreenedOut { get; set; }

    public long Closed { get; set; }

    public long PlanSet { get; set; }

    public long Supervised { get; set; }

    public long LinesTotal { get; set; }

    public long LinesCompleted { get; set; }

    public long UpdatesDue { get; set; }

    public long UpdatesDelivered { get; set; }

    public long Timely { get; set; }

    public long Charged { get; set; }

    /// <summary>Sum over daily samples of open cases per investigator.</summary>
    public double CaseloadSum { get; set; }

    public long CaseloadSamples { get; set; }

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
    }
}
