using ForceSim.Grains.Hosting;

namespace ForceSim.Experiments.Comparing;

/// <summary>What a comparison reports while it works, in order: how it starts, then each scenario's replications.</summary>
public abstract record CompareProgress;

/// <summary>
/// Every scenario loaded: the base's name, the options' names, and the replications and seed all of them share (the
/// base's own when <paramref name="Paired"/> is false: the options then run as they are and are compared unpaired).
/// </summary>
public sealed record CompareStarting(string BaseName, IReadOnlyList<string> OptionNames, int Replications, long Seed, bool Paired = true) : CompareProgress;

/// <summary>Replications finished of scenario <paramref name="Index"/> (0 is the base).</summary>
public sealed record ScenarioReplicationsFinished(int Index, string Name, int Done, int Total) : CompareProgress;

/// <summary>The comparison went to a cluster as experiment <paramref name="ExperimentId"/> (give it again to re-attach).</summary>
public sealed record CompareOnCluster(string ExperimentId, ClusterAddress Cluster) : CompareProgress;
