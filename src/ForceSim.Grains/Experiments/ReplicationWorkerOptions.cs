namespace ForceSim.Grains.Experiments;

/// <summary>How many replications one silo runs at once (about one per core: a replication is single-threaded and CPU-bound).</summary>
public sealed class ReplicationWorkerOptions
{
    public int Slots { get; set; } = Environment.ProcessorCount;

    /// <summary>How long an idle slot waits before looking for work again.</summary>
    public TimeSpan IdlePause { get; set; } = TimeSpan.FromMilliseconds(300);
}
