namespace ForceSim.Engine.Tests.Validation;

/// <summary>
/// The exact long-run results of a hypercube model. Shares are of an atom's calls (PASTA: a Poisson call sees the
/// time-average state), so with zero line capacity an atom's shares sum to one minus the probability all are busy.
/// </summary>
public sealed class HypercubeSolution
{
    internal HypercubeSolution(double[] states, double allBusy, double[] workloads, double[][] shares, double[] busyUnits, double meanQueueWait, double notFirstPreference)
    {
        States = states;
        AllBusy = allBusy;
        Workloads = workloads;
        Shares = shares;
        BusyUnits = busyUnits;
        MeanQueueWait = meanQueueWait;
        NotFirstPreference = notFirstPreference;
    }

    /// <summary>
    /// Probability of each busy/free state, indexed by the set of busy units as bits (bit n set = unit n busy).
    /// With a queue, the all-busy entry is the probability all are busy and nobody waits.
    /// </summary>
    public IReadOnlyList<double> States { get; }

    /// <summary>Probability every unit is busy: a call is lost (zero line capacity) or waits (a queue).</summary>
    public double AllBusy { get; }

    /// <summary>Each unit's workload: the long-run fraction of time it is busy.</summary>
    public IReadOnlyList<double> Workloads { get; }

    /// <summary>Shares[atom][unit]: the fraction of the atom's calls the unit serves, queued calls included.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Shares { get; }

    /// <summary>BusyUnits[k]: probability exactly k units are busy (k = N includes any queue).</summary>
    public IReadOnlyList<double> BusyUnits { get; }

    /// <summary>Mean wait in queue over all calls (0 with zero line capacity), in the time unit of the rates.</summary>
    public double MeanQueueWait { get; }

    /// <summary>
    /// Of the calls served, the fraction served by a unit other than the atom's first preference: Larson's
    /// "interresponse area" dispatches when each unit's primary area is the atoms that prefer it first.
    /// </summary>
    public double NotFirstPreference { get; }
}
