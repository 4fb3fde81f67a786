using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Sensitivity;

/// <summary>
/// One end of one assumed parameter against the baseline, on one measure: the parameter alone at <see cref="Value"/>
/// (its low or high plausible value), compared replication by replication with the baseline (common random numbers).
/// </summary>
public sealed record ParameterEffect(string Parameter, SensitivityEnd End, double Value, OptionDifference Difference);

/// <summary>Which end of its plausible range a parameter was moved to.</summary>
public enum SensitivityEnd
{
    Low,
    High,
}
