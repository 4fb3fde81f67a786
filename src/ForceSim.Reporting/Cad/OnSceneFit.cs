using ForceSim.Model.Distributions;

namespace ForceSim.Reporting.Cad;

/// <summary>
/// The on-scene time of one incident type: the maximum-likelihood fit of each candidate family and the one chosen
/// (least AIC), beside the sample's own mean and standard deviation so a reader can see how well it fits.
/// </summary>
public sealed record OnSceneFit(Distribution Chosen, string Family, long Count, double SampleMean, double SampleSd, IReadOnlyList<FamilyFit> Candidates);

/// <summary>One candidate family's maximum-likelihood fit: its log-likelihood and AIC (2k − 2 ln L; lower is better).</summary>
public sealed record FamilyFit(string Family, Distribution Distribution, double LogLikelihood, double Aic);
