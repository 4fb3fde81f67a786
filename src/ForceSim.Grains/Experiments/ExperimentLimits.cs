namespace ForceSim.Grains.Experiments;

/// <summary>What a cluster accepts: a guard against a typo submitting a million replications.</summary>
public sealed class ExperimentLimits
{
    public const int DefaultMaxReplications = 10000;

    public int MaxReplications { get; set; } = DefaultMaxReplications;
}
