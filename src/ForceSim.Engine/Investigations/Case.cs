namespace ForceSim.Engine.Investigations;

/// <summary>
/// One investigated crime: the lines of enquiry drawn for it, its supervision history and victim updates. It changes only
/// through its own methods, each checking the case is still open, so no other class can leave it half-reviewed or reopen
/// it. How far its enquiries have got is kept on its caseload entry (<see cref="EnquiryProgress"/>), which the day's work
/// reads without visiting the case.
/// </summary>
public sealed class Case
{
    private double _nextReviewDue;
    private double _nextUpdateDue;

    public required long CrimeId { get; init; }

    public required long VictimId { get; init; }

    public required double RecordedAt { get; init; }

    public required string CrimeClass { get; init; }

    public required double AllocatedAt { get; init; }

    public required int Investigator { get; init; }

    /// <summary>Investigator hours each line of enquiry needs (before any saving from a plan).</summary>
    public required double[] LineHours { get; init; }

    public required double UPlan { get; init; }

    public required double UCharge { get; init; }

    public bool Counted { get; init; }

    /// <summary>When the next routine review falls due (the first review is due at allocation, see <see cref="ReviewDue"/>).</summary>
    public required double NextReviewDue { get => _nextReviewDue; init => _nextReviewDue = value; }

    public required double NextUpdateDue { get => _nextUpdateDue; init => _nextUpdateDue = value; }

    public bool PlanSet { get; private set; }

    public bool InitialReviewPending { get; private set; } = true;

    /// <summary>False once any due supervisory review is missed.</summary>
    public bool Supervised { get; private set; } = true;

    public bool Closed { get; private set; }

    public int UpdatesDue { get; private set; }

    public int UpdatesDelivered { get; private set; }

    /// <summary>When a supervisor should next look at the case: the first review is due on the day of allocation.</summary>
    public double ReviewDue => InitialReviewPending ? AllocatedAt : _nextReviewDue;

    /// <summary>Supervised throughout, starting with a first review (a case closed before its first review was not).</summary>
    public bool EffectivelySupervised => Supervised && !InitialReviewPending;

    /// <summary>A supervisor reviews the case. A first review sets the plan if in time; if late, only an investigator planning alone does.</summary>
    public void Review(double now, double interval, bool late, double planWithoutSupervision)
    {
        EnsureOpen();
        NextReview(now, interval, planSet: !late || UPlan < planWithoutSupervision);
        Supervised &= !late;
    }

    /// <summary>A review missed altogether: it counts against supervision and falls due again after the interval.</summary>
    public void MissReview(double now, double interval, double planWithoutSupervision)
    {
        EnsureOpen();
        Supervised = false;
        NextReview(now, interval, planSet: UPlan < planWithoutSupervision);
    }

    /// <summary>The victim update that fell due was given (or missed for lack of time); the next falls due an interval later.</summary>
    public void UpdateVictim(bool delivered, double interval)
    {
        EnsureOpen();
        UpdatesDue++;
        UpdatesDelivered += delivered ? 1 : 0;
        _nextUpdateDue += interval;
    }

    public void Close()
    {
        EnsureOpen();
        Closed = true;
    }

    private void NextReview(double now, double interval, bool planSet)
    {
        if (InitialReviewPending)
        {
            InitialReviewPending = false;
            PlanSet = planSet;
            _nextReviewDue = now + interval;
        }
        else
        {
            _nextReviewDue += interval;
        }
    }

    private void EnsureOpen()
    {
        if (Closed)
        {
            throw new InvalidOperationException($"Case {CrimeId} is closed.");
        }
    }
}
