using ForceSim.Grains.Hosting;

namespace ForceSim.Experiments.Running;

/// <summary>Waiting for an experiment on a cluster was cancelled: only the client left; the experiment carries on there.</summary>
public sealed class ExperimentDetachedException : OperationCanceledException
{
    public ExperimentDetachedException(string experimentId, ClusterAddress cluster, string directory, Exception innerException)
        : base($"Detached: experiment {experimentId} carries on in cluster {cluster}.", innerException)
    {
        ExperimentId = experimentId;
        Cluster = cluster;
        Directory = directory;
    }

    public ExperimentDetachedException()
    {
    }

    public ExperimentDetachedException(string message)
        : base(message)
    {
    }

    public ExperimentDetachedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string ExperimentId { get; } = "";

    public ClusterAddress? Cluster { get; }

    /// <summary>The results folder the request would have written.</summary>
    public string Directory { get; } = "";
}
