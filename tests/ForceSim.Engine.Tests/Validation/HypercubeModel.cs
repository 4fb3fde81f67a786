using MathNet.Numerics.LinearAlgebra;

namespace ForceSim.Engine.Tests.Validation;

/// <summary>
/// Larson's hypercube queueing model, solved exactly: N distinguishable units, each busy or free, so 2^N states;
/// Poisson calls from each atom go to the first free unit in the atom's fixed preference order; service is
/// exponential at one rate for every unit and call, and a unit that clears is at once back at home, ready. The
/// balance equations πQ = 0 with one replaced by the normalisation are solved by LU decomposition (MathNet).
/// References: R. C. Larson, "A hypercube queuing model for facility location and redistricting in urban emergency
/// services", Computers &amp; Operations Research 1(1), 67–95 (1974); R. C. Larson and A. R. Odoni, Urban Operations
/// Research (Prentice-Hall, 1981), section 5.4, http://web.mit.edu/urban_or_book/www/book/chapter5/5.4.html.
/// </summary>
public sealed class HypercubeModel
{
    /// <summary>2^12 = 4,096 states: a dense LU solve is still well under a second.</summary>
    public const int MaxUnits = 12;

    private readonly int _units;
    private readonly IReadOnlyList<HypercubeAtom> _atoms;
    private readonly double _serviceRate;
    private readonly LineCapacity _queue;

    public HypercubeModel(int units, IReadOnlyList<HypercubeAtom> atoms, double serviceRate, LineCapacity queue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(units, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(units, MaxUnits);
        ArgumentNullException.ThrowIfNull(atoms);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(serviceRate);
        foreach (var atom in atoms)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(atom.CallRate);
            if (atom.Preference.Count != units || atom.Preference.Distinct().Count() != units || atom.Preference.Any(u => u < 0 || u >= units))
            {
                throw new ArgumentException($"Atom {atom.Name} must list each of the {units} units once.", nameof(atoms));
            }
        }

        _units = units;
        _atoms = atoms;
        _serviceRate = serviceRate;
        _queue = queue;
        if (queue == LineCapacity.Infinite && TotalRate >= units * serviceRate)
        {
            throw new ArgumentException("With a queue the offered load must be below the number of units.", nameof(atoms));
        }
    }

    private double TotalRate => _atoms.Sum(a => a.CallRate);

    private int Full => (1 << _units) - 1;

    /// <summary>The exact steady state and the measures derived from it.</summary>
    public HypercubeSolution Solve()
    {
        var states = StateProbabilities();
        var allBusy = _queue == LineCapacity.Zero ? states[Full] : states[Full] * TailFactor;
        var workloads = new double[_units];
        var busyUnits = new double[_units + 1];
        for (var s = 0; s < Full; s++)
        {
            busyUnits[int.PopCount(s)] += states[s];
            for (var n = 0; n < _units; n++)
            {
                workloads[n] += Busy(s, n) ? states[s] : 0;
            }
        }

        // Every unit is busy in every all-busy state, queue or not.
        busyUnits[_units] = allBusy;
        for (var n = 0; n < _units; n++)
        {
            workloads[n] += allBusy;
        }

        var shares = _atoms.Select(a => Shares(a, states, allBusy)).ToArray();
        var meanWait = _queue == LineCapacity.Zero ? 0 : allBusy / ((_units * _serviceRate) - TotalRate);
        return new HypercubeSolution(states, allBusy, workloads, shares, busyUnits, meanWait, NotFirstPreference(shares));
    }

    /// <summary>
    /// With a FCFS queue the all-busy states form a tail: all N busy with k waiting, k = 0, 1, …. In the tail a
    /// call adds one to the queue (rate λ) and a clearance takes the oldest waiting call, so every unit stays busy
    /// (rate Nμ); it is M/M/N's birth–death tail, P(all busy, k waiting) = P(all busy, 0 waiting)·ρ^k with
    /// ρ = λ/(Nμ). Summed, the tail holds P(all busy, 0 waiting)/(1 − ρ). And the flow from "k = 1" down into
    /// "k = 0" (Nμ·ρ·P) exactly cancels the arrivals out of "k = 0" (λ·P), so the 2^N cube's balance equations are
    /// the zero-capacity ones; only the normalisation weights the all-busy state by 1/(1 − ρ).
    /// </summary>
    private double TailFactor => 1 / (1 - (TotalRate / (_units * _serviceRate)));

    private static bool Busy(int state, int unit) => ((state >> unit) & 1) == 1;

    private double[] StateProbabilities()
    {
        var size = 1 << _units;

        // Transposed generator: entry (to, from) holds the rate from one state to another, so A·π = 0 is πQ = 0.
        var a = Matrix<double>.Build.Dense(size, size);
        for (var s = 0; s < size; s++)
        {
            foreach (var atom in _atoms)
            {
                var unit = FirstFree(atom, s);
                if (unit >= 0)
                {
                    Move(a, s, s | (1 << unit), atom.CallRate);
                }
            }

            for (var n = 0; n < _units; n++)
            {
                if (Busy(s, n))
                {
                    Move(a, s, s & ~(1 << n), _serviceRate);
                }
            }
        }

        // One balance equation is redundant: replace it with the normalisation.
        for (var s = 0; s < size; s++)
        {
            a[Full, s] = s == Full && _queue == LineCapacity.Infinite ? TailFactor : 1;
        }

        var b = Vector<double>.Build.Dense(size);
        b[Full] = 1;
        var pi = a.LU().Solve(b);
        if (pi.Any(p => p < -1e-12) || (a * pi - b).InfinityNorm() > 1e-10)
        {
            throw new InvalidOperationException("The hypercube balance equations did not solve cleanly.");
        }

        return [.. pi.Select(p => Math.Max(p, 0))];
    }

    private static void Move(Matrix<double> a, int from, int to, double rate)
    {
        a[to, from] += rate;
        a[from, from] -= rate;
    }

    private static int FirstFree(HypercubeAtom atom, int state)
    {
        foreach (var unit in atom.Preference)
        {
            if (!Busy(state, unit))
            {
                return unit;
            }
        }

        return -1;
    }

    /// <summary>
    /// A call that finds a unit free goes to the first free one it prefers. A queued call goes to whichever unit
    /// clears first once it reaches the head of the queue; all N are busy and clear at the same rate, so that is
    /// each unit with probability 1/N whatever the atom (Larson and Odoni's f_nj[2] term).
    /// </summary>
    private double[] Shares(HypercubeAtom atom, double[] states, double allBusy)
    {
        var shares = new double[_units];
        for (var s = 0; s < Full; s++)
        {
            shares[FirstFree(atom, s)] += states[s];
        }

        if (_queue == LineCapacity.Infinite)
        {
            for (var n = 0; n < _units; n++)
            {
                shares[n] += allBusy / _units;
            }
        }

        return shares;
    }

    private double NotFirstPreference(double[][] shares)
    {
        double served = 0, away = 0;
        for (var j = 0; j < _atoms.Count; j++)
        {
            var rate = _atoms[j].CallRate;
            served += rate * shares[j].Sum();
            away += rate * (shares[j].Sum() - shares[j][_atoms[j].Preference[0]]);
        }

        return away / served;
    }
}
