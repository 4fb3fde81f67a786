namespace ForceSim.Engine.Measures;

/// <summary>Counts for risk assessment and grading of answered contacts.</summary>
public sealed class TriageTally
{
    private long _triaged;
    private long _structured;
    private long _checkDone;
    private long _trueRepeats;
    private long _repeatsIdentified;
    private long _vulnerable;
    private long _vulnerabilityIdentified;
    private long _undergraded;
    private long _crossBorderRepeats;
    private long _crossBorderRepeatsIdentified;
    private long _undergradedAttended;
    private long _undergradedLateForNeed;

    public long Triaged { get => _triaged; set => _triaged = value; }

    public long Structured { get => _structured; set => _structured = value; }

    public long CheckDone { get => _checkDone; set => _checkDone = value; }

    public long TrueRepeats { get => _trueRepeats; set => _trueRepeats = value; }

    public long RepeatsIdentified { get => _repeatsIdentified; set => _repeatsIdentified = value; }

    public long Vulnerable { get => _vulnerable; set => _vulnerable = value; }

    public long VulnerabilityIdentified { get => _vulnerabilityIdentified; set => _vulnerabilityIdentified = value; }

    public long Undergraded { get => _undergraded; set => _undergraded = value; }

    /// <summary>Repeat contacts whose previous contact was with another force.</summary>
    public long CrossBorderRepeats { get => _crossBorderRepeats; set => _crossBorderRepeats = value; }

    public long CrossBorderRepeatsIdentified { get => _crossBorderRepeatsIdentified; set => _crossBorderRepeatsIdentified = value; }

    /// <summary>Under-graded incidents attended, and those of them reached later than their need's target.</summary>
    public long UndergradedAttended { get => _undergradedAttended; set => _undergradedAttended = value; }

    public long UndergradedLateForNeed { get => _undergradedLateForNeed; set => _undergradedLateForNeed = value; }

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
        UndergradedAttended += other.UndergradedAttended;
        UndergradedLateForNeed += other.UndergradedLateForNeed;
    }

    internal void Visit(TallyVisitor visitor)
    {
        visitor.Count(ref _triaged);
        visitor.Count(ref _structured);
        visitor.Count(ref _checkDone);
        visitor.Count(ref _trueRepeats);
        visitor.Count(ref _repeatsIdentified);
        visitor.Count(ref _vulnerable);
        visitor.Count(ref _vulnerabilityIdentified);
        visitor.Count(ref _undergraded);
        visitor.Count(ref _crossBorderRepeats);
        visitor.Count(ref _crossBorderRepeatsIdentified);
        visitor.Count(ref _undergradedAttended);
        visitor.Count(ref _undergradedLateForNeed);
    }
}
