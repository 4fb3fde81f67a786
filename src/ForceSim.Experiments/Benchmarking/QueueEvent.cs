namespace ForceSim.Experiments.Benchmarking;

/// <summary>An event of the minimal loop: an arrival (class −1) or a unit clearing an incident of a class.</summary>
internal readonly record struct QueueEvent(double Time, int Class);
