using ForceSim.Model.Rubrics;

namespace ForceSim.Model.Calibration;

/// <summary>
/// One observed figure the model should reproduce, with where it comes from and how uncertain it is. The uncertainty
/// (<see cref="Scale"/>) is what a simulated value's distance from <see cref="Observed"/> is measured in, so an audit of
/// 79 incidents pulls less than a figure known to a point.
/// </summary>
public sealed record CalibrationTarget
{
    /// <summary>YAML <c>id</c>: a short name for tables.</summary>
    public required string Id { get; init; }

    public required TargetKind Kind { get; init; }

    /// <summary>YAML <c>measure</c>: a measure of results.json; for an ordinal finding the graded area, <c>grades.AREA.VIEW</c>.</summary>
    public required string Measure { get; init; }

    /// <summary>YAML <c>source</c>: the publication.</summary>
    public required string Source { get; init; }

    /// <summary>YAML <c>year</c>: the year of the figure.</summary>
    public required int Year { get; init; }

    /// <summary>YAML <c>holdout</c>: never used in fitting, only shown against the fit's prediction.</summary>
    public bool Holdout { get; init; }

    /// <summary>Binomial: the count; proportion: the count implied by the proportion and base.</summary>
    public int Successes { get; init; }

    /// <summary>Binomial: how many were audited; proportion: its base.</summary>
    public int Trials { get; init; }

    /// <summary>Mean: the published mean.</summary>
    public double Mean { get; init; }

    /// <summary>Mean: its standard error.</summary>
    public double StandardError { get; init; }

    /// <summary>Ordinal: the grade given.</summary>
    public InspectionGrade Level { get; init; }

    /// <summary>Ordinal: how many grades away still counts as one standard deviation (default half a grade).</summary>
    public double Tolerance { get; init; } = 0.5;

    /// <summary>Direction: the measure <see cref="Measure"/> is compared with.</summary>
    public string Than { get; init; } = "";

    /// <summary>Direction: true for <c>higher_than</c>, false for <c>lower_than</c>.</summary>
    public bool Higher { get; init; } = true;

    /// <summary>The observed value on the simulated statistic's scale: a proportion, a mean, a grade position (0 outstanding … 4 inadequate), or 1 for a direction that holds.</summary>
    public double Observed => Kind switch
    {
        TargetKind.Binomial or TargetKind.Proportion => (double)Successes / Trials,
        TargetKind.Mean => Mean,
        TargetKind.Ordinal => (int)Level,
        _ => 1,
    };

    /// <summary>
    /// One standard deviation of the observation: binomial sqrt(p(1-p)/n), with p kept half a count from 0 and 1 so a
    /// figure of none or all still has an error; the standard error; the ordinal tolerance; 1 for a direction.
    /// </summary>
    public double Scale
    {
        get
        {
            switch (Kind)
            {
                case TargetKind.Binomial:
                case TargetKind.Proportion:
                    var p = Math.Clamp(Observed, 0.5 / Trials, 1 - (0.5 / Trials));
                    return Math.Sqrt(p * (1 - p) / Trials);
                case TargetKind.Mean:
                    return StandardError;
                case TargetKind.Ordinal:
                    return Tolerance;
                default:
                    return 1;
            }
        }
    }

    /// <summary>The measures of results.json this target reads (for an ordinal finding, one per grade).</summary>
    public IReadOnlyList<string> MeasuresRead => Kind switch
    {
        TargetKind.Ordinal => [.. GradeNames.All.Select(g => $"{Measure}.{GradeNames.Key(g)}")],
        TargetKind.Direction => [Measure, Than],
        _ => [Measure],
    };
}
