namespace ForceSim.Cluster.Tests.Chaos;

/// <summary>
/// The chaos test runs alone, after the others: it keeps both cores busy for minutes, which would starve the strict
/// fault tests' timing, and its own kills should not depend on what else the runner has going.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChaosRunsAlone
{
    public const string Name = "chaos";
}
