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

    /// <summary>The largest change, at either end, in the probability of any grade in any area (population view) that its paired interval tells from zero.</summary>
    public double GradeChange { get; init; }

    /// <summary>The grade measure that change is on (e.g. <c>grades.responding.population.requires_improvement</c>).</summary>
    public string? GradeMeasure { get; init; }
}
