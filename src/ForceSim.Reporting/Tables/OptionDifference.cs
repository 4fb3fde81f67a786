namespace ForceSim.Reporting.Tables;

/// <summary>
/// One measure of one option against the base: both means, the paired difference with its 95% CI, and the
/// unpaired (Welch) interval that ignoring the common random numbers would give.
/// </summary>
public sealed record OptionDifference(
    string Measure,
    double? BaseMean,
    double? OptionMean,
    double? Difference,
    double? Lower,
    double? Upper,
    double? UnpairedLower,
    double? UnpairedUpper)
{
    /// <summary>True when the paired interval excludes zero: the option really moves this measure.</summary>
    public bool Distinguishable => Lower > 0 || Upper < 0;
}
