namespace ForceSim.Grains.Runs;

public enum RunState
{
    NotStarted = 0,
    Running = 1,
    Finished = 2,
    Failed = 3,
    Cancelled = 4,
}
