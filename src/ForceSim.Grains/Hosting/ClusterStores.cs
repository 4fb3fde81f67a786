namespace ForceSim.Grains.Hosting;

/// <summary>Names of grain storage providers.</summary>
public static class ClusterStores
{
    /// <summary>Experiments, their board and their finished replications (memory in an embedded silo, Redis in a cluster).</summary>
    public const string Experiments = "experiments";
}
