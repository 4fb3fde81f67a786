using ForceSim.Engine.Measures;

namespace ForceSim.Engine.Victims;

/// <summary>
/// One victim's share of the replication's measures. Small enough to travel with every step, so a host whose
/// victims live elsewhere (grains) can total them in victim-id order without asking each victim again.
/// </summary>
public readonly record struct VictimContribution(int Force, bool Counted, double Confidence, long RepeatVictimisations, long RepeatsReported, long RepeatsUnreported, long EventsProcessed)
{
    /// <summary>Adds to <paramref name="tally"/>; every sum is exact, so totals are the same in any host and any order.</summary>
    public void AddTo(ReplicationTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var victims = tally.Forces[Force].Victims;
        if (Counted)
        {
            victims.Victims++;
            victims.AddConfidence(Confidence);
        }

        victims.RepeatVictimisations += RepeatVictimisations;
        victims.RepeatsReported += RepeatsReported;
        victims.RepeatsUnreported += RepeatsUnreported;
        tally.EventsProcessed += EventsProcessed;
    }
}
