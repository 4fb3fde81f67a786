namespace ForceSim.Experiments.Benchmarking;

/// <summary>What the minimal loop found: enough to check it simulated the queue (waits agree with Cobham's formulas).</summary>
/// <param name="Incidents">Incidents that arrived within the horizon.</param>
/// <param name="Events">Arrivals and clearances processed.</param>
/// <param name="MeanWaitMinutes">Mean wait for a unit of each class, most urgent first, over incidents dispatched.</param>
public sealed record MinimalLoopResult(long Incidents, long Events, IReadOnlyList<double> MeanWaitMinutes);
