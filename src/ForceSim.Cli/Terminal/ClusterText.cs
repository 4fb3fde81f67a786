using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;

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

    /// <summary>What to do after detaching from a comparison or budget search on a cluster: its outputs need the request, so the same command re-attaches.</summary>
    public static string Reattach(string experimentId, ClusterAddress? cluster) =>
        $"Detached: experiment {experimentId} carries on in cluster {cluster}. Give the same command with --experiment {experimentId} to re-attach and write its outputs; progress: forcesim status {experimentId} --cluster {cluster}";

    public static string Describe(ReplicationHost host) => host == ReplicationHost.Grains
        ? "grain host: each replication's grains spread over the silos"
        : "in-process engine in each silo's worker slots";
}
