namespace ForceSim.Experiments.Calibration;

/// <summary>
/// One accepted parameter set: its values (in the fitted parameters' order), weight, distance from the fitted targets,
/// and the simulated statistic of every target (holdouts too), which the fit table's predictive checks read.
/// </summary>
public sealed record Particle(double[] Values, double Weight, double Distance, double[] Statistics);
