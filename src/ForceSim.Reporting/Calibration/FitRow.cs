namespace ForceSim.Reporting.Calibration;

/// <summary>
/// One target in the fit table: what was observed, and what the posterior predicts would be observed (the posterior's
/// simulations with the observation's own sampling error added), as a median and 95% interval.
/// </summary>
public sealed record FitRow
{
    public required string Target { get; init; }

    public required string Kind { get; init; }

    public required string Measure { get; init; }

    public required string Source { get; init; }

    public required int Year { get; init; }

    public required bool Holdout { get; init; }

    /// <summary>As the figure was reported: "41/79", "0.878 ± 0.0087", "requires_improvement", "higher than …".</summary>
    public required string ObservedText { get; init; }

    /// <summary>On the predicted statistic's scale (a proportion, a mean, a grade position, 1 for a direction).</summary>
    public required double Observed { get; init; }

    public required double Median { get; init; }

    public required double Lower { get; init; }

    public required double Upper { get; init; }

    public required bool Inside { get; init; }

    /// <summary>One standard deviation of the observation, the unit the predictive check chart is drawn in.</summary>
    public required double Scale { get; init; }
}
