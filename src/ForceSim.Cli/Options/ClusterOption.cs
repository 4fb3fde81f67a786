using System.CommandLine;
using ForceSim.Experiments.Cluster;
using ForceSim.Grains.Hosting;

namespace ForceSim.Cli.Options;

/// <summary>The <c>--cluster redis://HOST:PORT/ID</c> option of commands that can send work to a cluster.</summary>
public static class ClusterOption
{
    public static Option<string?> Create(bool required = false) => new("--cluster")
    {
        Description = "Send the work to a cluster of `forcesim silo` processes: redis://HOST:PORT/CLUSTER_ID (the Redis server and cluster id the silos were started with).",
        Required = required,
    };

    /// <summary>The address given, or null when the option was left out; a malformed one is an invalid request.</summary>
    public static ClusterAddress? Parse(string? text) => text is null ? null : ClusterTarget.Parse(text);
}
