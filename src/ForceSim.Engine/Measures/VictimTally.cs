namespace ForceSim.Engine.Measures;

/// <summary>Victims first in contact during the measured period: confidence and repeat victimisation.</summary>
public sealed class VictimTally
{
    /// <summary>
    /// Confidence is summed in fixed point (units of 2^-62), exactly, so the total is the same whatever order victims are
    /// added in: a host may fold a victim in when it has nothing left to do rather than at the end, by id.
    /// </summary>
    private const double ConfidenceUnit = 1L << 62;

    private long _victims;
    private Int128 _confidenceUnits;
    private long _repeatVictimisations;
    private long _repeatsReported;
    private long _repeatsUnreported;

    public long Victims { get => _victims; set => _victims = value; }

    /// <summary>The victims' confidence summed exactly, rounded once to a double.</summary>
    public double ConfidenceSum => (double)_confidenceUnits / ConfidenceUnit;

    public long RepeatVictimisations { get => _repeatVictimisations; set => _repeatVictimisations = value; }

    public long RepeatsReported { get => _repeatsReported; set => _repeatsReported = value; }

    public long RepeatsUnreported { get => _repeatsUnreported; set => _repeatsUnreported = value; }

    /// <summary>Adds one victim's confidence (0 to 1) to the sum.</summary>
    public void AddConfidence(double confidence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(confidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(confidence, 1);
        _confidenceUnits += (Int128)Math.Round(confidence * ConfidenceUnit);
    }

    public void Merge(VictimTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Victims += other.Victims;
        _confidenceUnits += other._confidenceUnits;
        RepeatVictimisations += other.RepeatVictimisations;
        RepeatsReported += other.RepeatsReported;
        RepeatsUnreported += other.RepeatsUnreported;
    }

    internal void Visit(TallyVisitor visitor)
    {
        visitor.Count(ref _victims);
        visitor.Exact(ref _confidenceUnits);
        visitor.Count(ref _repeatVictimisations);
        visitor.Count(ref _repeatsReported);
        visitor.Count(ref _repeatsUnreported);
    }
}
