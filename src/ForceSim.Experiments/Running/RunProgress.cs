using ForceSim.Grains.Experiments;
using ForceSim.Grains.Hosting;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Running;

/// <summary>What a run reports while it works, in order: how it starts, then how far it has got.</summary>
public abstract record RunProgress;

/// <summary>A run here is about to simulate: the scenario, how many replications an earlier run saved, and the host.</summary>
public sealed record RunStarting(Scenario Scenario, int Resumed, ReplicationHost Host) : RunProgress;

/// <summary>A run on a cluster was submitted (or re-attached): the experiment as the cluster holds it.</summary>
public sealed record ClusterRunSubmitted(Scenario Scenario, string ExperimentId, ClusterAddress Cluster, ExperimentStatus Status) : RunProgress;

/// <summary>Replications finished so far (resumed ones included).</summary>
public sealed record ReplicationsFinished(int Done, int Total) : RunProgress;

/// <summary>The experiment on the cluster, as last polled.</summary>
public sealed record ClusterRunStatus(ExperimentStatus Status) : RunProgress;
