namespace ForceSim.Grains.Runs;

/// <summary>
/// A grain-hosted run cannot finish because part of its state went with a silo that left the cluster (an LP, or the
/// coordinator itself). Nothing it computed is usable; the replication must be run again from the start.
/// </summary>
public sealed class RunLostException : Exception
{
    public RunLostException()
    {
    }

    public RunLostException(string message)
        : base(message)
    {
    }

    public RunLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The lost run, to release what is left of it.</summary>
    public Guid Run { get; init; }
}
