namespace ForceSim.Reporting.Calibration;

/// <summary>
/// How much the targets pin one parameter down: the posterior's central 90% interval against the prior's. A ratio
/// above <see cref="Threshold"/> means the targets leave the parameter about where the prior had it.
/// </summary>
public sealed record ParameterWidth
{
    /// <summary>Posterior width ÷ prior width above this: not constrained (docs/calibration.md says why 0.7).</summary>
    public const double Threshold = 0.7;

    public required string Parameter { get; init; }

    public required double PriorLow { get; init; }

    public required double PriorHigh { get; init; }

    /// <summary>The scenario's own value before calibration.</summary>
    public required double ScenarioValue { get; init; }

    public required double PriorLower { get; init; }

    public required double PriorUpper { get; init; }

    public required double Median { get; init; }

    public required double Lower { get; init; }

    public required double Upper { get; init; }

    public double Ratio => PriorUpper > PriorLower ? (Upper - Lower) / (PriorUpper - PriorLower) : double.NaN;

    public bool Constrained => Ratio <= Threshold;
}

/// <summary>The weighted correlation of two parameters across the posterior.</summary>
public sealed record ParameterCorrelation(string First, string Second, double Correlation);
