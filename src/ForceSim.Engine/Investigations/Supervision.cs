using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Investigations;

/// <summary>
/// Supervisors work through the reviews that are due, earliest due first, as far as the day's capacity goes. A first
/// review in time sets the initial plan; a review missed by more than the plan window counts against supervision, and
/// without a first review the investigator may still set a plan unprompted. Review time is not banked from one day to
/// the next, only the fraction of a review. Due reviews are found from the caseloads' entries, so a case is visited only
/// when its review is due.
/// </summary>
public sealed class Supervision
{
    private readonly InvestigationSettings _settings;
    private readonly InvestigationContext _context;
    private readonly Caseloads _caseloads;
    private readonly List<DueReview> _dueReviews = [];
    private double _reviewCarry;

    public Supervision(InvestigationSettings settings, InvestigationContext context, Caseloads caseloads)
    {
        _settings = settings;
        _context = context;
        _caseloads = caseloads;
    }

    /// <summary>The day's reviews: every case due by now, in order, while capacity lasts; late ones beyond it are missed.</summary>
    public void Review()
    {
        var now = _context.Now;
        var planWindow = _settings.PlanWithinDays * 1440.0;
        var interval = _settings.ReviewIntervalDays * 1440.0;
        var capacity = (_settings.Supervisors * _settings.ReviewsPerSupervisorPerDay) + _reviewCarry;
        CollectDueReviews(now);
        foreach (var (due, _, investigator, index) in _dueReviews)
        {
            var late = now - due > planWindow;
            ref var entry = ref _caseloads.Of(investigator)[index];
            if (capacity >= 1)
            {
                capacity--;
                entry.Item.Review(now, interval, late, _settings.PlanWithoutSupervision);
            }
            else if (late)
            {
                entry.Item.MissReview(now, interval, _settings.PlanWithoutSupervision);
            }

            entry.Refresh();
        }

        _reviewCarry = capacity - Math.Floor(capacity);
    }

    /// <summary>
    /// Orders reviews by when they fell due; the crime number breaks ties, so the order does not depend on which
    /// investigator holds a case.
    /// </summary>
    private static int EarliestDueFirst(DueReview a, DueReview b) =>
        a.Due != b.Due ? a.Due.CompareTo(b.Due) : a.CrimeId.CompareTo(b.CrimeId);

    private void CollectDueReviews(double now)
    {
        _dueReviews.Clear();
        for (var investigator = 0; investigator < _caseloads.Investigators; investigator++)
        {
            var caseload = _caseloads.Of(investigator);
            for (var i = 0; i < caseload.Length; i++)
            {
                var due = caseload[i].ReviewDue;
                if (due <= now)
                {
                    _dueReviews.Add(new DueReview(due, caseload[i].Item.CrimeId, investigator, i));
                }
            }
        }

        _dueReviews.Sort(EarliestDueFirst);
    }

    /// <summary>A review that is due, and where its case sits (no case joins or leaves a caseload while reviews are done).</summary>
    private readonly record struct DueReview(double Due, long CrimeId, int Investigator, int Index);
}
