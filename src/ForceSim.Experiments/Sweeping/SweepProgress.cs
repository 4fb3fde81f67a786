using ForceSim.Grains.Hosting;
using ForceSim.Model.Experiments;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Sweeping;

/// <summary>What a sweep reports while it works, in order: how it starts, then how far it has got.</summary>
public abstract record SweepProgress;

/// <summary>Every variant checked and about to run: the design, the base scenario, and how many variants an earlier sweep saved.</summary>
public sealed record SweepStarting(Experiment Experiment, int Variants, Scenario Scenario, int Resumed) : SweepProgress;

/// <summary>The variants still to run were submitted to a cluster: variant → experiment id.</summary>
public sealed record SweepSubmitted(ClusterAddress Cluster, IReadOnlyDictionary<int, string> Experiments) : SweepProgress;

/// <summary>Variants finished so far, and replications finished across the whole sweep.</summary>
public sealed record VariantsFinished(int Done, int Variants, int ReplicationsDone, int ReplicationsPerVariant) : SweepProgress;
