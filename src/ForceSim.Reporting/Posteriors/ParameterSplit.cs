namespace ForceSim.Reporting.Posteriors;

/// <summary>
/// How one measure's spread across replications divides between parameter uncertainty and replication noise (law of total
/// variance: Var Y = E[Var(Y|θ)] + Var(E[Y|θ])). <see cref="NoiseSd"/> comes from twin replications that share a
/// parameter set; <see cref="ParameterSd"/> is what the total adds beyond it.
/// </summary>
/// <param name="Mean">The measure's mean over the replications (as in results.json's <c>measures</c>).</param>
/// <param name="TotalSd">Standard deviation across replications, each with its own parameter set.</param>
/// <param name="NoiseSd">Replication noise: the spread between runs with the same parameter set.</param>
/// <param name="ParameterSd">Parameter uncertainty: √max(0, total variance − noise variance).</param>
/// <param name="ParameterShare">The share of the variance, and so of the squared interval width, that parameter uncertainty accounts for.</param>
/// <param name="NoiseOnlyLower">The 95% interval's lower end had only replication noise been present.</param>
/// <param name="NoiseOnlyUpper">The 95% interval's upper end had only replication noise been present.</param>
public sealed record ParameterSplit(double Mean, double TotalSd, double NoiseSd, double ParameterSd, double ParameterShare, double NoiseOnlyLower, double NoiseOnlyUpper);
