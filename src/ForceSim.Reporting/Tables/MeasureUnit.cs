namespace ForceSim.Reporting.Tables;

/// <summary>How a measure's value reads to a person.</summary>
public enum MeasureUnit
{
    Fraction,
    Seconds,
    Minutes,
    Pounds,
    Count,
}
