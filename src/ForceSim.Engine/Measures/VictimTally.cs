namespace ForceSim.Engine.Measures;

/// <summary>Victims first in contact during the measured period: confidence and repeat victimisation.</summary>
public sealed class VictimTally
{
    public long Victims { get; set; }

    public double ConfidenceSum { get; set; }

    public long RepeatVictimisations { get; set; }

    public long RepeatsReported { get; set; }

    public long RepeatsUnreported { get; set; }

    public void Merge(VictimTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Victims += other.Victims;
        ConfidenceSum += other.ConfidenceSum;
        RepeatVictimisations += other.RepeatVictimisations;
        RepeatsReported += other.RepeatsReported;
        RepeatsUnreported += other.RepeatsUnreported;
    }
}
