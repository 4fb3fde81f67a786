namespace ForceSim.Grains.Hosting;

/// <summary>No silo of the named cluster could be reached (Redis down, no silo started, wrong cluster id).</summary>
public sealed class ClusterUnavailableException : Exception
{
    public ClusterUnavailableException()
    {
    }

    public ClusterUnavailableException(string message)
        : base(message)
    {
    }

    public ClusterUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
