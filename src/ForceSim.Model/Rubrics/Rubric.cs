namespace ForceSim.Model.Rubrics;

/// <summary>
/// A grading rubric: an explicit, documented mapping from simulated measures to inspection grades.
/// Inspectors publish no numeric thresholds, so every threshold here is a stated judgement.
/// </summary>
public sealed record Rubric
{
    public required string Name { get; init; }

    public string SourcePath { get; init; } = "";

    public InspectionPlan Inspection { get; init; } = new();

    public required IReadOnlyList<GradedArea> Areas { get; init; }
}
