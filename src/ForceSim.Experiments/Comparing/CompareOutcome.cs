using ForceSim.Engine.Grading;
using ForceSim.Reporting.Tables;

namespace ForceSim.Experiments.Comparing;

/// <summary>A finished comparison: each option's change from the base, per measure, with paired intervals.</summary>
public sealed record CompareOutcome
{
    public required string BaseName { get; init; }

    /// <summary>Each option's name and its differences from the base (headline measures, then grade probabilities).</summary>
    public required IReadOnlyList<(string Option, IReadOnlyList<OptionDifference> Differences)> Options { get; init; }

    /// <summary>False when the options were compared as independent runs (<c>--unpaired</c>): the intervals are Welch's, not paired.</summary>
    public bool Paired { get; init; } = true;

    /// <summary>Each option's most likely grade per area against the base's, and the measures that crossed a threshold.</summary>
    public IReadOnlyList<OptionGrades> Grades { get; init; } = [];

    public required string Directory { get; init; }

    public required string ComparisonFile { get; init; }

    public required string ReportFile { get; init; }

    /// <summary>With a posterior: each scenario's draws and split, base first (empty without one).</summary>
    public IReadOnlyList<Reporting.Posteriors.PosteriorSummary> Posteriors { get; init; } = [];
}
