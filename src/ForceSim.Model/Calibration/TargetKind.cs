namespace ForceSim.Model.Calibration;

/// <summary>How an observed figure was reported, which fixes how far a simulated value may sit from it (its uncertainty).</summary>
public enum TargetKind
{
    /// <summary><c>successes</c> of <c>trials</c> audited (41 of 79 attended in time): binomial sampling error.</summary>
    Binomial,

    /// <summary>A published <c>proportion</c> of a <c>base</c> (999 calls answered within 10 s): binomial error on that base.</summary>
    Proportion,

    /// <summary>A <c>mean</c> with its <c>standard_error</c>.</summary>
    Mean,

    /// <summary>A graded finding (<c>level: requires_improvement</c>) on a graded area; within <c>tolerance</c> grades.</summary>
    Ordinal,

    /// <summary>A qualitative finding that one measure is higher (slower, more) than another.</summary>
    Direction,
}
