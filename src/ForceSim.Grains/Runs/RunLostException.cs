using ForceSim.Grains.Processes;

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

    /// <summary>Failures that mean a silo left mid-run (not a fault of the model): the replication can simply run again.</summary>
    public static bool IsLoss(Exception e) =>
        e is LpStateLostException or SiloUnavailableException or OrleansMessageRejectionException or TimeoutException;
}
