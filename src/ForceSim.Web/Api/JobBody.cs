using ForceSim.Experiments.Jobs;

namespace ForceSim.Web.Api;

/// <summary>A job's state as the API answers it: status, replications done of total, and seconds left at the pace so far.</summary>
public sealed record JobBody(string Id, JobStatus Status, int Done, int Total, double? EtaSeconds, string Title, string? Error)
{
    public static JobBody Of(JobRecord job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new(job.Id, job.Status, job.Done, job.Total, job.EtaSeconds(DateTimeOffset.UtcNow), job.Title, job.Error);
    }
}
