namespace ForceSim.Reporting.Sensitivity;

/// <summary>
/// Where one assumed parameter stands among the others. <see cref="Score"/> is its influence on the headline measures:
/// for each headline measure, its largest paired effect (low or high end) that the interval distinguishes from zero,
/// divided by the largest such effect of any parameter on that measure, averaged over the headline measures any
/// parameter moves (0: moves none; 1: the largest effect on every one). Units differ between measures, so each is
/// compared only with itself.
/// </summary>
public sealed record ParameterRank
{
    public required int Rank { get; init; }

    public required string Parameter { get; init; }

    public string Group { get; init; } = "";

    public required double Low { get; init; }

    public required double High { get; init; }

    public required double BaseValue { get; init; }

    public required double Score { get; init; }

    /// <summary>Headline measures whose paired interval at either end excludes zero.</summary>
    public required int MeasuresMoved { get; init; }

    /// <summary>The headline measure on which this parameter's effect is largest relative to the others', if it moves any.</summary>
    public string? TopMeasure { get; init; }

    /// <summary>The top measure's effect at the low and high end (option minus base).</summary>
    public double? TopLowEffect { get; init; }

    public double? TopHighEffect { get; init; }

    /// <summary>
    /// The largest change (signed; option minus base), at either end, in the probability of any grade in any area (population
    /// view) that its paired interval tells from zero; 0 when none.
    /// </summary>
    public double GradeChange { get; init; }

    /// <summary>The end at which <see cref="GradeChange"/> happens.</summary>
    public SensitivityEnd? GradeEnd { get; init; }

    /// <summary>E.g. "crime data recording: adequate +100 pts at the high end", or "–" when no grade probability moves.</summary>
    public string GradeText
    {
        get
        {
            if (GradeMeasure?.Split('.') is not [_, var area, _, var grade] || GradeEnd is not { } end)
            {
                return "–";
            }

            var points = (GradeChange * 100).ToString("+0;-0", System.Globalization.CultureInfo.InvariantCulture);
            return $"{area.Replace('_', ' ')}: {grade.Replace('_', ' ')} {points} pts at the {(end == SensitivityEnd.Low ? "low" : "high")} end";
        }
    }

    /// <summary>The grade measure that change is on (e.g. <c>grades.responding.population.requires_improvement</c>).</summary>
    public string? GradeMeasure { get; init; }
}
