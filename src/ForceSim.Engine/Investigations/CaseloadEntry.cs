namespace ForceSim.Engine.Investigations;

/// <summary>
/// A case's place on a caseload: how far its enquiries have got, and copies of what the daily walks test on every open
/// case (victim update due, allocation for the deadline, review due, plan, closed). The walks read these from the
/// caseload's contiguous array and visit the case itself only when an update or review falls due or it closes; a
/// national run holds hundreds of thousands of open cases, and visiting each one every day is what made the day slow.
/// The case stays the owner of its supervision and victim updates: whoever changes it through <see cref="Item"/> calls
/// <see cref="Refresh"/> before the walks read the copies again.
/// </summary>
public struct CaseloadEntry
{
    private EnquiryProgress _enquiries;

    public CaseloadEntry(Case item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Item = item;
        AllocatedAt = item.AllocatedAt;
        _enquiries = new EnquiryProgress(item.LineHours);
        Refresh();
    }

    public Case Item { get; }

    /// <summary>Copy of <see cref="Case.AllocatedAt"/>, which never changes: the deadline runs from it.</summary>
    public double AllocatedAt { get; }

    /// <summary>Copy of <see cref="Case.NextUpdateDue"/> as of the last <see cref="Refresh"/>.</summary>
    public double NextUpdateDue { get; private set; }

    /// <summary>Copy of <see cref="Case.ReviewDue"/> as of the last <see cref="Refresh"/>.</summary>
    public double ReviewDue { get; private set; }

    /// <summary>Copy of <see cref="Case.PlanSet"/> as of the last <see cref="Refresh"/>.</summary>
    public bool PlanSet { get; private set; }

    /// <summary>Copy of <see cref="Case.Closed"/> as of the last <see cref="Refresh"/>.</summary>
    public bool Closed { get; private set; }

    public readonly int LineCount => _enquiries.LineCount;

    public readonly int LinesCompleted => _enquiries.LinesCompleted;

    /// <summary>Hours already spent on the line in progress.</summary>
    public readonly double HoursOnCurrentLine => _enquiries.HoursOnCurrentLine;

    public readonly bool AllLinesCompleted => _enquiries.AllLinesCompleted;

    /// <summary>Spends up to <paramref name="budget"/> hours on the case's lines in order; returns the hours left unused.</summary>
    public double Work(double budget, double effortFactor)
    {
        if (Closed)
        {
            throw new InvalidOperationException($"Case {Item.CrimeId} is closed.");
        }

        return _enquiries.Work(budget, effortFactor);
    }

    /// <summary>Copies the case's times and state again after it changed.</summary>
    public void Refresh()
    {
        NextUpdateDue = Item.NextUpdateDue;
        ReviewDue = Item.ReviewDue;
        PlanSet = Item.PlanSet;
        Closed = Item.Closed;
    }
}
