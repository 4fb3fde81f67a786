using ForceSim.Engine.Grading;
using ForceSim.Engine.Running;

namespace ForceSim.Reporting.League;

/// <summary>
/// One row of the league table: a force, a region (its forces pooled in each replication) or the whole scenario, with
/// each headline measure's mean and 95% interval over replications and, for forces and the whole, the grade probabilities.
/// </summary>
public sealed record LeagueRow
{
    public required LeagueLevel Level { get; init; }

    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The region a force belongs to (empty when the scenario names none); a region's own name for a region row.</summary>
    public required string Region { get; init; }

    /// <summary>Measure name → summary over replications; a measure the row cannot give is absent.</summary>
    public required IReadOnlyDictionary<string, MeasureSummary> Measures { get; init; }

    /// <summary>Per graded area, the chance of each grade as an inspection's samples would award it; empty for a region.</summary>
    public IReadOnlyList<GradeDistribution> Grades { get; init; } = [];

    public MeasureSummary? Of(string measure) => Measures.TryGetValue(measure, out var s) ? s : null;
}
