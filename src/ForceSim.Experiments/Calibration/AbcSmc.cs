using ForceSim.Engine.Randomness;

namespace ForceSim.Experiments.Calibration;

/// <summary>
/// Approximate Bayesian computation by sequential Monte Carlo (Toni et al. 2009; Beaumont et al. 2009): generation 0
/// draws from the prior; each later generation proposes by picking a particle of the last one by weight and perturbing
/// it (<see cref="PerturbationKernel"/>), keeps proposals within a tolerance set as a quantile of the last generation's
/// distances, and weights each by prior ÷ kernel mixture. Proposal k of generation t draws its random numbers from its
/// own stream (seed, t, k), batches are sized from the settings alone, and the first accepted proposals in index order
/// form the population, so the result does not depend on how many proposals run at once, where they run (this machine or
/// a cluster: <see cref="IProposalSimulator"/>) or in which order they finish.
/// </summary>
public sealed class AbcSmc
{
    private readonly IReadOnlyList<PriorDistribution> _priors;
    private readonly AbcSettings _settings;
    private readonly IProposalSimulator _simulator;
    private readonly Func<double[], double> _distance;

    /// <param name="simulator">Runs a batch of proposals and returns every target's statistic for each.</param>
    /// <param name="distance">The distance of a set of statistics from the fitted targets.</param>
    public AbcSmc(IReadOnlyList<PriorDistribution> priors, AbcSettings settings, IProposalSimulator simulator, Func<double[], double> distance)
    {
        _priors = priors ?? throw new ArgumentNullException(nameof(priors));
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        _distance = distance ?? throw new ArgumentNullException(nameof(distance));
    }

    /// <summary>Called as each proposal's simulation finishes (generation, accepted so far is not known then, proposals finished in the generation).</summary>
    public Action<int, int>? OnEvaluated { get; init; }

    /// <summary>Returns the population saved for a generation by an earlier run, or null.</summary>
    public Func<int, Population?>? LoadSaved { get; init; }

    /// <summary>Saves a finished generation.</summary>
    public Action<Population>? Save { get; init; }

    /// <summary>Every finished generation, the last being the posterior; fewer than asked when a generation ran out of proposals.</summary>
    public async Task<IReadOnlyList<Population>> RunAsync(CancellationToken cancellationToken = default)
    {
        var generations = new List<Population>();
        for (var t = 0; t < _settings.Generations; t++)
        {
            var saved = LoadSaved?.Invoke(t);
            var population = saved ?? await GenerationAsync(t, generations.LastOrDefault(), cancellationToken).ConfigureAwait(false);
            if (population is null)
            {
                break;
            }

            if (saved is null)
            {
                Save?.Invoke(population);
            }

            generations.Add(population);
        }

        return generations;
    }

    /// <summary>The tolerance a generation after <paramref name="previous"/> must meet: the weighted quantile of its distances.</summary>
    public double ToleranceAfter(Population previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        return WeightedStatistics.Quantile([.. previous.Particles.Select(p => p.Distance)], [.. previous.Particles.Select(p => p.Weight)], _settings.Quantile);
    }

    private async Task<Population?> GenerationAsync(int t, Population? previous, CancellationToken cancellationToken)
    {
        var tolerance = previous is null ? double.PositiveInfinity : ToleranceAfter(previous);
        var kernel = previous is null ? null : new PerturbationKernel(_priors, previous.Particles);
        var accepted = new List<Particle>();
        var limit = _settings.Particles * (previous is null ? 1 : _settings.MaxProposalsPerParticle);
        var next = 0;
        var finished = 0;
        while (accepted.Count < _settings.Particles && next < limit)
        {
            // Twice the particles still wanted after generation 0 (about what half the proposals being accepted needs); never
            // the parallelism, so a cluster and a machine of any size cut the same batches and report the same proposals.
            var batch = Math.Min(limit - next, (_settings.Particles - accepted.Count) * (previous is null ? 1 : 2));
            var proposals = Enumerable.Range(next, batch).Select(k => new Evaluation(t, k, Propose(t, k, previous, kernel), [])).ToList();
            var results = await _simulator.SimulateAsync(proposals, () => OnEvaluated?.Invoke(t, Interlocked.Increment(ref finished)), cancellationToken).ConfigureAwait(false);
            foreach (var (proposal, statistics) in proposals.Zip(results))
            {
                var distance = _distance(statistics);
                if (accepted.Count < _settings.Particles && distance <= tolerance)
                {
                    accepted.Add(new Particle(proposal.Values, Weight(proposal.Values, previous, kernel), distance, statistics));
                }
            }

            next += batch;
        }

        if (accepted.Count < _settings.Particles)
        {
            return null;
        }

        var total = accepted.Sum(p => p.Weight);
        var normalised = accepted.Select(p => p with { Weight = p.Weight / total }).ToList();
        return new Population(t, previous is null ? normalised.Max(p => p.Distance) : tolerance, normalised, next);
    }

    private double[] Propose(int t, int k, Population? previous, PerturbationKernel? kernel)
    {
        var random = new SeededRandom(StreamSeed(t, k));
        if (previous is null || kernel is null)
        {
            return [.. _priors.Select(p => p.Sample(random))];
        }

        var pick = random.NextDouble();
        var ancestor = previous.Particles[^1];
        var cumulative = 0.0;
        foreach (var particle in previous.Particles)
        {
            cumulative += particle.Weight;
            if (pick < cumulative)
            {
                ancestor = particle;
                break;
            }
        }

        return kernel.Perturb(ancestor.Values, random);
    }

    /// <summary>Prior density over the kernel mixture from the last generation (1 in generation 0).</summary>
    private double Weight(double[] values, Population? previous, PerturbationKernel? kernel)
    {
        if (previous is null || kernel is null)
        {
            return 1;
        }

        var prior = 1.0;
        for (var j = 0; j < _priors.Count; j++)
        {
            prior *= _priors[j].Density(values[j]);
        }

        var mixture = previous.Particles.Sum(p => p.Weight * kernel.Density(p.Values, values));
        return mixture > 0 ? prior / mixture : 0;
    }

    private ulong StreamSeed(int generation, int proposal) =>
        unchecked(((ulong)_settings.Seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)(generation + 1) << 40) ^ (ulong)proposal ^ 0xC0FFEE123456789UL);
}
