namespace ForceSim.Engine.Measures;

/// <summary>Victims first in contact during the measured period: confidence and repeat victimisation.</summary>
public sealed class VictimTally
{
    private long _victims;
    private double _confidenceSum;
    private long _repeatVictimisations;
    private long _repeatsReported;
    private long _repeatsUnreported;

    public long Victims { get => _victims; set => _victims = value; }

    public double ConfidenceSum { get => _confidenceSum; set => _confidenceSum = value; }

    public long RepeatVictimisations { get => _repeatVictimisations; set => _repeatVictimisations = value; }

    public long RepeatsReported { get => _repeatsReported; set => _repeatsReported = value; }

    public long RepeatsUnreported { get => _repeatsUnreported; set => _repeatsUnreported = value; }

    public void Merge(VictimTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Victims += other.Victims;
        ConfidenceSum += other.ConfidenceSum;
        RepeatVictimisations += other.RepeatVictimisations;
        RepeatsReported += other.RepeatsReported;
        RepeatsUnreported += other.RepeatsUnreported;
    }

    internal void Visit(TallyVisitor visitor)
    {
        visitor.Count(ref _victims);
        visitor.Number(ref _confidenceSum);
        visitor.Count(ref _repeatVictimisations);
        visitor.Count(ref _repeatsReported);
        visitor.Count(ref _repeatsUnreported);
    }
}
