namespace ForceSim.Grains.Runs;

public enum RunState
{
    NotStarted = 0,
    Running = 1,
    Finished = 2,
    Failed = 3,
    Cancelled = 4,

    /// <summary>Part of the run's state went with a silo that left the cluster: it must be run again.</summary>
    Lost = 5,
}
