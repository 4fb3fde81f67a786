using ForceSim.Grains.Hosting;
using ForceSim.Grains.Security;

namespace ForceSim.Experiments.Cluster;

/// <summary>Reading a cluster's address from a request, and connecting to it with one clear message when it cannot be reached.</summary>
public static class ClusterTarget
{
    /// <summary>Parses <c>redis://HOST:PORT/ID</c>; anything else is an invalid request saying what is wrong.</summary>
    public static ClusterAddress Parse(string text)
    {
        try
        {
            return ClusterAddress.Parse(text);
        }
        catch (FormatException e)
        {
            throw new InvalidRequestException(e.Message, e);
        }
    }

    /// <summary>Connects, turning an unreachable cluster into an <see cref="IOException"/> that says what to check.</summary>
    public static async Task<ClusterConnection> ConnectAsync(ClusterAddress address, CancellationToken cancellationToken)
    {
        try
        {
            return await ClusterConnection.ConnectAsync(address, cancellationToken).ConfigureAwait(false);
        }
        catch (ClusterSecurityException e)
        {
            // A refused password or an unusable certificate is the user's to fix: bad input, not a fault.
            throw new InvalidRequestException(e.Message, e);
        }
        catch (ClusterUnavailableException e)
        {
            throw new IOException(e.Message + " Is a `forcesim silo` running with that Redis and cluster id?", e);
        }
    }
}
