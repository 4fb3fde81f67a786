using System.Net;

namespace ForceSim.Grains.Hosting;

/// <summary>How one silo of a Redis-backed cluster is started (<c>forcesim silo</c>).</summary>
public sealed record ClusterSiloOptions
{
    public required ClusterAddress Cluster { get; init; }

    public int SiloPort { get; init; } = 11111;

    public int GatewayPort { get; init; } = 30000;

    /// <summary>The address other silos and clients reach this one at (a container's own address in Docker).</summary>
    public IPAddress AdvertisedAddress { get; init; } = IPAddress.Loopback;

    /// <summary>Replications this silo runs at once.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    public int MaxReplications { get; init; } = Experiments.ExperimentLimits.DefaultMaxReplications;

    /// <summary>Membership probe timeout; shorter finds a killed silo sooner (tests), longer tolerates pauses.</summary>
    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Missed probes before a silo is suspected dead.</summary>
    public int MissedProbesLimit { get; init; } = 3;
}
