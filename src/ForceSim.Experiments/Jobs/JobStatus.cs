namespace ForceSim.Experiments.Jobs;

/// <summary>Where a job is in its life; the API writes these in lower case.</summary>
public enum JobStatus
{
    Queued,
    Running,
    Done,
    Failed,
    Cancelled,
}
