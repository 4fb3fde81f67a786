namespace ForceSim.Experiments.Calibration;

/// <summary>A finished generation: the tolerance its particles met, the particles, and how many proposals it took.</summary>
public sealed record Population(int Generation, double Tolerance, IReadOnlyList<Particle> Particles, int Proposals)
{
    /// <summary>Kish's effective sample size: how many equally weighted particles the weights are worth.</summary>
    public double EffectiveSize
    {
        get
        {
            var sum = Particles.Sum(p => p.Weight);
            var squares = Particles.Sum(p => p.Weight * p.Weight);
            return squares > 0 ? sum * sum / squares : 0;
        }
    }
}
