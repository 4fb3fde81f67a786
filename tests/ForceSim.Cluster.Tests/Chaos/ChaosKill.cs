using System.Globalization;

namespace ForceSim.Cluster.Tests.Chaos;

/// <summary>
/// One SIGKILL of the chaos test: when, which silo, how many replications were still to finish across the open
/// experiments, and which ones the killed silo was part-way through (they must run again elsewhere).
/// </summary>
public sealed record ChaosKill(TimeSpan At, int Silo, string Endpoint, int Unfinished, IReadOnlyList<(string Experiment, int Replication)> Broken)
{
    public bool MidReplication => Broken.Count > 0;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{At.TotalSeconds,6:0.0} s  SIGKILL silo {Silo} ({Endpoint}): {Unfinished} replication(s) unfinished, running {(Broken.Count == 0 ? "none" : string.Join(", ", Broken.Select(b => $"{b.Experiment}#{b.Replication}")))}");
}
