namespace ForceSim.Experiments.Benchmarking;

/// <summary>Wall seconds of the same replications run one at a time and one per core, with the GC mode in force.</summary>
public sealed record SpeedupResult(int Replications, int Cores, double SerialSeconds, double ParallelSeconds, string GcMode, bool ConcurrentGc)
{
    public double Speedup => SerialSeconds / ParallelSeconds;
}
