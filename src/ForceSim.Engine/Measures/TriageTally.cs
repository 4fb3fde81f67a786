namespace ForceSim.Engine.Measures;

/// <summary>Counts for risk assessment and grading of answered contacts.</summary>
public sealed class TriageTally
{
    public long Triaged { get; set; }

    public long Structured { get; set; }

    public long CheckDone { get; set; }

    public long TrueRepeats { get; set; }

    public long RepeatsIdentified { get; set; }

    public long Vulnerable { get; set; }

    public long VulnerabilityIdentified { get; set; }

    public long Undergraded { get; set; }

    /// <summary>Repeat contacts whose previous contact was with another force.</summary>
    public long CrossBorderRepeats { get; set; }

    public long CrossBorderRepeatsIdentified { get; set; }

    public void Merge(TriageTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Triaged += other.Triaged;
        Structured += other.Structured;
        CheckDone += other.CheckDone;
        TrueRepeats += other.TrueRepeats;
        RepeatsIdentified += other.RepeatsIdentified;
        Vulnerable += other.Vulnerable;
        VulnerabilityIdentified += other.VulnerabilityIdentified;
        Undergraded += other.Undergraded;
        CrossBorderRepeats += other.CrossBorderRepeats;
        CrossBorderRepeatsIdentified += other.CrossBorderRepeatsIdentified;
    }
}
