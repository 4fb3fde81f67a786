namespace ForceSim.Experiments.Jobs;

/// <summary>What a queued piece of work is: one scenario's replications, a base compared with its options, or a budget search.</summary>
public enum JobKind
{
    Run,
    Comparison,
    Budget,
}
