namespace ForceSim.Experiments.Jobs;

/// <summary>What a queued piece of work is: one scenario's replications, or a base compared with its options.</summary>
public enum JobKind
{
    Run,
    Comparison,
}
