using ForceSim.Web.Hosting;

namespace ForceSim.Web.Api;

/// <summary>The cluster's experiments as JSON: the same list the Experiments page shows, for scripts and monitoring.</summary>
public static class ClusterEndpoints
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGroup("/api").WithTags("ForceSim")
            .MapGet("/cluster/experiments", (ClusterExperiments experiments, CancellationToken cancellationToken) => experiments.ListAsync(cancellationToken))
            .WithSummary("The cluster's experiments (or the embedded silo's): id, kind, done/total, finished, silos working now.");
    }
}
