namespace ForceSim.Experiments.Calibration;

/// <summary>The settings of an ABC-SMC calibration (docs/calibration.md).</summary>
public sealed record AbcSettings
{
    /// <summary>Generations, the first drawn from the prior.</summary>
    public int Generations { get; init; } = 4;

    /// <summary>Accepted particles per generation.</summary>
    public int Particles { get; init; } = 40;

    /// <summary>The tolerance of generation t is this weighted quantile of generation t-1's distances.</summary>
    public double Quantile { get; init; } = 0.5;

    /// <summary>A generation gives up after this many proposals per particle (the fit then stops at the last full generation).</summary>
    public int MaxProposalsPerParticle { get; init; } = 10;

    /// <summary>Seed of the proposals (the simulations use the scenario's seed, the same for every proposal).</summary>
    public long Seed { get; init; } = 1;
}
