namespace ForceSim.Model.Distributions;

/// <summary>The families a scenario may use for times and counts.</summary>
public enum DistributionKind
{
    Constant,
    Exponential,
    LogNormal,
    Gamma,
    Uniform,
    Empirical,
}
