namespace ForceSim.Experiments.Cluster;

/// <summary>One experiment on a cluster as an operator's list shows it: what it is, how far it is, which silos work on it.</summary>
/// <param name="Kind">"run" for one scenario; "variants" for a comparison or budget search (several variants in one experiment).</param>
/// <param name="Silos">Silo endpoints running one of its replications now.</param>
public sealed record ClusterExperimentRow(
    string Id,
    string Kind,
    string Scenario,
    int Done,
    int Total,
    bool Finished,
    string? Error,
    DateTime SubmittedUtc,
    IReadOnlyList<string> Silos);
