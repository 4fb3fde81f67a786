namespace ForceSim.Experiments.Posteriors;

/// <summary>
/// One weighted parameter set of a posterior: its row number, its weight and one value per parameter, in the order of
/// <see cref="Posterior.Parameters"/>.
/// </summary>
public sealed record PosteriorDraw(int Draw, double Weight, IReadOnlyList<double> Values);
