using ForceSim.Grains.Hosting;
using ForceSim.Model.Calibration;
using ForceSim.Model.Scenarios;

namespace ForceSim.Experiments.Calibration;

/// <summary>What a calibration reports while it works: how it starts, then simulations finished.</summary>
public abstract record CalibrationProgress;

/// <summary>Everything checked and about to run; <paramref name="Resumed"/> simulations saved by an earlier run are reused.</summary>
public sealed record CalibrationStarting(Scenario Scenario, TargetSet Targets, IReadOnlyList<string> Parameters, AbcSettings Settings, int ReplicationsPerPoint, int Resumed) : CalibrationProgress;

/// <summary>
/// Simulations finished in all so far, and an estimate of the total (generation 0 takes one per particle; later ones
/// are estimated from the acceptance seen so far), from which the view derives its ETA.
/// </summary>
public sealed record SimulationsFinished(int Generation, int Done, int EstimatedTotal) : CalibrationProgress;

/// <summary>A generation is complete.</summary>
public sealed record GenerationFinished(Population Population) : CalibrationProgress;

/// <summary>The simulations run on a cluster as this experiment; the same command with <c>--experiment</c> re-attaches.</summary>
public sealed record CalibrationOnCluster(string ExperimentId, ClusterAddress Cluster) : CalibrationProgress;
