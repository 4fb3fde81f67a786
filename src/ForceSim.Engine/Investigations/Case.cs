namespace ForceSim.Engine.Investigations;

/// <summary>One investigated crime: its lines of enquiry, supervision history and victim updates.</summary>
public sealed class Case
{
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

    public int LinesCompleted { get; set; }

    /// <summary>Hours already spent on the line in progress.</summary>
    public double HoursOnCurrentLine { get; set; }

    public bool PlanSet { get; set; }

    public bool InitialReviewPending { get; set; } = true;

    /// <summary>False once any due supervisory review is missed.</summary>
    public bool Supervised { get; set; } = true;

    public double NextReviewDue { get; set; }

    public double NextUpdateDue { get; set; }

    public bool Closed { get; set; }

    public int UpdatesDue { get; set; }

    public int UpdatesDelivered { get; set; }
}
