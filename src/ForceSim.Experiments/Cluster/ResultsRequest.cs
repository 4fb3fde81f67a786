using ForceSim.Grains.Hosting;

namespace ForceSim.Experiments.Cluster;

/// <summary>Write the results folder of an experiment run on a cluster, from any process (what <c>forcesim results</c> asks for).</summary>
public sealed record ResultsRequest
{
    public required string ExperimentId { get; init; }

    public required ClusterAddress Cluster { get; init; }

    /// <summary>The results folder; default <c>results/&lt;experiment id&gt;</c>.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Wait for an unfinished experiment instead of refusing.</summary>
    public bool Wait { get; init; }
}
