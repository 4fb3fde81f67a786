namespace ForceSim.Experiments.Benchmarking;

/// <summary>One timed replication: median seconds, events processed, incidents dispatched and the run's measures.</summary>
public sealed record TimedReplication(double Seconds, long Events, double Incidents, IReadOnlyDictionary<string, double?> Measures);
