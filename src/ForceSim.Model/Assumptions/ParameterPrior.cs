namespace ForceSim.Model.Assumptions;

/// <summary>The family of a parameter's prior; every family is truncated to the parameter's plausible range.</summary>
public enum PriorShape
{
    /// <summary>Every value in [low, high] equally plausible (the default).</summary>
    Uniform,

    /// <summary>Normal with <see cref="ParameterPrior.Mean"/> and <see cref="ParameterPrior.Sd"/>, truncated to [low, high].</summary>
    Normal,

    /// <summary>Log-normal with <see cref="ParameterPrior.Mean"/> and <see cref="ParameterPrior.Sd"/> (of the value, not its log), truncated.</summary>
    LogNormal,

    /// <summary>Beta(<see cref="ParameterPrior.Alpha"/>, <see cref="ParameterPrior.Beta"/>) stretched from [0, 1] to [low, high].</summary>
    Beta,
}

/// <summary>
/// The prior belief over an assumed parameter's plausible range, declared once so that calibration starts from the same
/// ranges the sensitivity ranking explores. Unused numbers are zero.
/// </summary>
public sealed record ParameterPrior(PriorShape Shape, double Mean = 0, double Sd = 0, double Alpha = 0, double Beta = 0)
{
    public static ParameterPrior Uniform { get; } = new(PriorShape.Uniform);
}
