using ForceSim.Engine.Investigations;

namespace ForceSim.Engine.Tests.Investigations;

/// <summary>
/// A caseload entry carries its case's enquiry progress and copies of its due times and plan, which the daily walks read
/// instead of the case.
/// </summary>
public sealed class CaseloadEntryTests
{
    [Fact]
    public void Entry_starts_with_the_case_s_times_and_its_first_review_due_at_allocation()
    {
        var entry = new CaseloadEntry(NewCase(allocatedAt: 480));

        Assert.Equal((480.0, 480.0 + (60 * 1440.0), 480.0, false, false), (entry.AllocatedAt, entry.NextUpdateDue, entry.ReviewDue, entry.PlanSet, entry.Closed));
        Assert.Equal((1, 0), (entry.LineCount, entry.LinesCompleted));
    }

    [Fact]
    public void Entry_shows_the_case_s_new_due_times_and_closure_once_refreshed()
    {
        var entry = new CaseloadEntry(NewCase(allocatedAt: 480));

        entry.Item.Review(now: 480, interval: 28 * 1440.0, late: false, planWithoutSupervision: 0);
        entry.Item.UpdateVictim(delivered: true, interval: 7 * 1440.0);
        Assert.Equal(480.0, entry.ReviewDue); // a copy: unchanged until refreshed
        entry.Refresh();
        Assert.Equal((480.0 + (28 * 1440.0), 480.0 + (67 * 1440.0), true), (entry.ReviewDue, entry.NextUpdateDue, entry.PlanSet));

        entry.Item.Close();
        entry.Refresh();
        Assert.True(entry.Closed);
    }

    [Fact]
    public void Work_on_an_entry_whose_case_is_closed_is_refused()
    {
        var entry = new CaseloadEntry(NewCase(allocatedAt: 0));
        Assert.Equal(0, entry.Work(budget: 4, effortFactor: 1));
        Assert.Equal(4.0, entry.HoursOnCurrentLine);

        entry.Item.Close();
        entry.Refresh();

        Assert.Throws<InvalidOperationException>(() => entry.Work(budget: 1, effortFactor: 1));
    }

    private static Case NewCase(double allocatedAt) => new()
    {
        CrimeId = 7,
        VictimId = 0,
        RecordedAt = 0,
        CrimeClass = "",
        AllocatedAt = allocatedAt,
        Investigator = 0,
        LineHours = [10.0],
        UPlan = 0.5,
        UCharge = 0.5,
        NextReviewDue = allocatedAt + (28 * 1440.0),
        NextUpdateDue = allocatedAt + (60 * 1440.0),
    };
}
