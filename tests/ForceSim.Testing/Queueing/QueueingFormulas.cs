namespace ForceSim.Testing.Queueing;

/// <summary>
/// Exact results of textbook queues, written independently of the engine so the validation tests (and the test of
/// the bench's minimal loop) compare the simulation with theory rather than with itself. Rates are per unit time;
/// waits come out in the same unit as 1/rate.
/// </summary>
public static class QueueingFormulas
{
    /// <summary>
    /// Erlang B: probability an arrival finds all c servers busy and is lost (M/M/c/c) with offered load a = λ/μ,
    /// by the recursion B(k) = a·B(k−1) / (k + a·B(k−1)) from B(0) = 1.
    /// </summary>
    public static double ErlangB(int servers, double load)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(servers, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(load);
        var blocking = 1.0;
        for (var k = 1; k <= servers; k++)
        {
            blocking = load * blocking / (k + (load * blocking));
        }

        return blocking;
    }

    /// <summary>
    /// Erlang C: probability an arrival waits in an M/M/c queue with offered load a = λ/μ &lt; c. Built from the
    /// Erlang B recursion B(k) = a·B(k−1) / (k + a·B(k−1)), which never forms a^k or k! and so stays stable for
    /// any c; then C = c·B / (c − a·(1 − B)).
    /// </summary>
    public static double ErlangC(int servers, double load)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(servers, 1);
        if (load <= 0 || load >= servers)
        {
            throw new ArgumentOutOfRangeException(nameof(load), load, "Erlang C needs 0 < a < c.");
        }

        var blocking = 1.0;
        for (var k = 1; k <= servers; k++)
        {
            blocking = load * blocking / (k + (load * blocking));
        }

        return servers * blocking / (servers - (load * (1 - blocking)));
    }

    /// <summary>Mean wait in queue of an M/M/c queue (every arrival, including those that do not wait): C / (cμ − λ).</summary>
    public static double ErlangCMeanWait(int servers, double arrivalRate, double serviceRate) =>
        ErlangC(servers, arrivalRate / serviceRate) / ((servers * serviceRate) - arrivalRate);

    /// <summary>P(Wq ≤ t) of an M/M/c queue served first come first served: 1 − C·e^{−(cμ−λ)t}.</summary>
    public static double ErlangCWaitAtMost(int servers, double arrivalRate, double serviceRate, double t) =>
        1 - (ErlangC(servers, arrivalRate / serviceRate) * Math.Exp(-((servers * serviceRate) - arrivalRate) * t));

    /// <summary>Mean number waiting in an M/M/c queue: C·a / (c − a).</summary>
    public static double ErlangCQueueLength(int servers, double load) => ErlangC(servers, load) * load / (servers - load);

    /// <summary>
    /// Erlang A (M/M/c+M): mean number waiting, from the stationary distribution of the birth-death chain with
    /// birth rate λ and death rate min(k, c)·μ + max(k − c, 0)·θ in state k. Probabilities are formed in log space
    /// (ln π_k = ln π_{k−1} + ln λ − ln death(k)) and the chain is cut where they fall below e^−50 of the largest,
    /// which the super-exponential decay beyond c reaches quickly.
    /// </summary>
    public static double ErlangAQueueLength(int servers, double arrivalRate, double serviceRate, double abandonmentRate)
    {
        var logTerms = ErlangALogProbabilities(servers, arrivalRate, serviceRate, abandonmentRate);
        var top = logTerms.Max();
        double total = 0, waiting = 0;
        for (var k = 0; k < logTerms.Count; k++)
        {
            var weight = Math.Exp(logTerms[k] - top);
            total += weight;
            waiting += Math.Max(k - servers, 0) * weight;
        }

        return waiting / total;
    }

    /// <summary>
    /// Erlang A probability of abandonment. Callers leave the queue at rate θ·(number waiting), so in the long
    /// run the abandonment rate θ·E[Lq] divided by the arrival rate λ is the share who abandon.
    /// </summary>
    public static double ErlangAAbandonment(int servers, double arrivalRate, double serviceRate, double abandonmentRate) =>
        abandonmentRate * ErlangAQueueLength(servers, arrivalRate, serviceRate, abandonmentRate) / arrivalRate;

    /// <summary>
    /// Cobham's mean waits for a non-preemptive priority M/M/c queue with classes in priority order and a common
    /// service rate: W_k = C(c, a) / [cμ(1 − σ_{k−1})(1 − σ_k)], σ_k = Σ_{i≤k} λ_i / (cμ).
    /// </summary>
    public static double[] CobhamWaits(int servers, IReadOnlyList<double> arrivalRates, double serviceRate)
    {
        ArgumentNullException.ThrowIfNull(arrivalRates);
        var capacity = servers * serviceRate;
        var erlangC = ErlangC(servers, arrivalRates.Sum() / serviceRate);
        var waits = new double[arrivalRates.Count];
        var sigmaBefore = 0.0;
        for (var k = 0; k < arrivalRates.Count; k++)
        {
            var sigma = sigmaBefore + (arrivalRates[k] / capacity);
            waits[k] = erlangC / (capacity * (1 - sigmaBefore) * (1 - sigma));
            sigmaBefore = sigma;
        }

        return waits;
    }

    /// <summary>Poisson probability mass e^−m·m^k/k!, in log space.</summary>
    public static double PoissonProbability(double mean, int k) => Math.Exp(-mean + (k * Math.Log(mean)) - LogFactorial(k));

    private static List<double> ErlangALogProbabilities(int servers, double arrivalRate, double serviceRate, double abandonmentRate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(servers, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(arrivalRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(serviceRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(abandonmentRate);
        const double Negligible = 50; // e^−50 ≈ 2e−22 of the largest term
        const int MaxStates = 10_000_000;
        var logTerms = new List<double> { 0.0 };
        var top = 0.0;
        for (var k = 1; k < MaxStates; k++)
        {
            var death = (Math.Min(k, servers) * serviceRate) + (Math.Max(k - servers, 0) * abandonmentRate);
            var logTerm = logTerms[^1] + Math.Log(arrivalRate) - Math.Log(death);
            logTerms.Add(logTerm);
            top = Math.Max(top, logTerm);

            // Past the mode (births slower than deaths) terms only shrink, so the rest of the tail is negligible too.
            if (death > arrivalRate && logTerm < top - Negligible)
            {
                return logTerms;
            }
        }

        throw new InvalidOperationException("The Erlang A chain did not converge.");
    }

    private static double LogFactorial(int k)
    {
        var sum = 0.0;
        for (var i = 2; i <= k; i++)
        {
            sum += Math.Log(i);
        }

        return sum;
    }
}
