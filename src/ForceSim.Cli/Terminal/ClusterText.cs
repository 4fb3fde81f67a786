using ForceSim.Grains.Experiments;

namespace ForceSim.Cli.Terminal;

/// <summary>How an experiment on a cluster is described on the terminal.</summary>
public static class ClusterText
{
    /// <summary>"12/40 replications; by silo 127.0.0.1:11111 5, 127.0.0.1:11112 7; running 4".</summary>
    public static string Describe(ExperimentStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var silos = string.Join(", ", status.FinishedBySilo.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value}"));
        return $"Cluster: {status.Done}/{status.Total} replications; by silo {(silos.Length == 0 ? "none yet" : silos)}; running {status.Running.Count}";
    }

    public static string Describe(ReplicationHost host) => host == ReplicationHost.Grains
        ? "grain host: each replication's grains spread over the silos"
        : "in-process engine in each silo's worker slots";
}
