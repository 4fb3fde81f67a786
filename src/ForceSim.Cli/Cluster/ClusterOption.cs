using System.CommandLine;
using ForceSim.Grains.Hosting;

namespace ForceSim.Cli.Cluster;

/// <summary>The <c>--cluster redis://HOST:PORT/ID</c> option of commands that can send work to a cluster.</summary>
public static class ClusterOption
{
    public static Option<string?> Create(bool required = false) => new("--cluster")
    {
        Description = "Send the work to a cluster of `forcesim silo` processes: redis://HOST:PORT/CLUSTER_ID (the Redis server and cluster id the silos were started with).",
        Required = required,
    };

    public static ClusterAddress Parse(string text)
    {
        try
        {
            return ClusterAddress.Parse(text);
        }
        catch (FormatException e)
        {
            throw new BadInputException(e.Message, e);
        }
    }

    /// <summary>Connects, turning an unreachable cluster into one clear message.</summary>
    public static ClusterConnection Connect(ClusterAddress address, CancellationToken cancellationToken)
    {
        try
        {
            return ClusterConnection.ConnectAsync(address, cancellationToken).GetAwaiter().GetResult();
        }
        catch (ClusterUnavailableException e)
        {
            throw new IOException(e.Message + " Is a `forcesim silo` running with that Redis and cluster id?", e);
        }
    }
}
