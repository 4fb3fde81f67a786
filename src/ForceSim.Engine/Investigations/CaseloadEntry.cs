namespace ForceSim.Engine.Investigations;

/// <summary>
/// A case's place on a caseload, holding copies of the times the daily walks test on every open case (victim update
/// due, allocation for the deadline, review due) and whether it is closed. The walks read these from the caseload's
/// contiguous array and visit the case itself only when something falls due or there are hours to spend on it; a
/// national run holds hundreds of thousands of open cases, and visiting each one every day is what made the day slow.
/// The case stays the only owner of its state: whoever changes it through <see cref="Item"/> calls
/// <see cref="Refresh"/> before the walk reads the copies again.
/// </summary>
public struct CaseloadEntry
{
    public CaseloadEntry(Case item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Item = item;
        AllocatedAt = item.AllocatedAt;
        Refresh();
    }

    public Case Item { get; }

    /// <summary>Copy of <see cref="Case.AllocatedAt"/>, which never changes: the deadline runs from it.</summary>
    public double AllocatedAt { get; }

    /// <summary>Copy of <see cref="Case.NextUpdateDue"/> as of the last <see cref="Refresh"/>.</summary>
    public double NextUpdateDue { get; private set; }

    /// <summary>Copy of <see cref="Case.ReviewDue"/> as of the last <see cref="Refresh"/>.</summary>
    public double ReviewDue { get; private set; }

    /// <summary>Copy of <see cref="Case.Closed"/> as of the last <see cref="Refresh"/>.</summary>
    public bool Closed { get; private set; }

    /// <summary>Copies the case's times and state again after it changed.</summary>
    public void Refresh()
    {
        NextUpdateDue = Item.NextUpdateDue;
        ReviewDue = Item.ReviewDue;
        Closed = Item.Closed;
    }
}
