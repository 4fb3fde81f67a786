using ForceSim.Engine.Inspection;

namespace ForceSim.Engine.Measures;

/// <summary>Everything counted for one force in one replication (or merged over forces).</summary>
public sealed class ForceTally
{
    public ForceTally(MeasuredPeriod period)
    {
        Response = new ResponseTally(period);
        Investigation = new InvestigationTally(period);
    }

    public ContactTally Contact { get; } = new();

    public TriageTally Triage { get; } = new();

    public ResponseTally Response { get; }

    public RecordingTally Recording { get; } = new();

    public InvestigationTally Investigation { get; }

    public VictimTally Victims { get; } = new();

    public InspectionTally Inspection { get; } = new();

    /// <summary>Counts by area and station; empty for a force without geography.</summary>
    public PlaceTally Places { get; } = new();

    public void Merge(ForceTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Contact.Merge(other.Contact);
        Triage.Merge(other.Triage);
        Response.Merge(other.Response);
        Recording.Merge(other.Recording);
        Investigation.Merge(other.Investigation);
        Victims.Merge(other.Victims);
        Inspection.Merge(other.Inspection);
        Places.Merge(other.Places);
    }

    internal void Visit(TallyVisitor visitor)
    {
        Contact.Visit(visitor);
        Triage.Visit(visitor);
        Response.Visit(visitor);
        Recording.Visit(visitor);
        Investigation.Visit(visitor);
        Victims.Visit(visitor);
        Inspection.Visit(visitor);
        Places.Visit(visitor);
    }
}
