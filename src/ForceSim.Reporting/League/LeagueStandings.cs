using ForceSim.Engine.Diagnostics;
using ForceSim.Engine.Grading;
using ForceSim.Engine.Running;
using ForceSim.Model.Rubrics;
using ForceSim.Model.Scenarios;

namespace ForceSim.Reporting.League;

/// <summary>
/// The league of a multi-force run: every force, every region (the forces' own <c>region</c>) and the whole scenario on
/// the headline measures, with grade probabilities, and the published national 999 figure to set the whole against.
/// A view of results.json's numbers: nothing here changes a result.
/// </summary>
public sealed record LeagueStandings(IReadOnlyList<LeagueRow> Forces, IReadOnlyList<LeagueRow> Regions, LeagueRow National, PublishedFigure Published)
{
    public const string NationalId = "all";

    public static LeagueStandings Build(Scenario scenario, Rubric rubric, ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(result);
        var summaries = result.ForceSummaries;
        var forces = scenario.Forces.Where(f => summaries.ContainsKey(f.Id)).Select(f => new LeagueRow
        {
            Level = LeagueLevel.Force,
            Id = f.Id,
            Name = f.Name.Length > 0 ? f.Name : f.Id,
            Region = f.Region,
            Measures = Headline(summaries[f.Id]),
            Grades = Grades(rubric, result, f.Id, result.Replications.Select(r => (IReadOnlyDictionary<string, double?>)ForceMeasures(r, f.Id))),
        }).ToList();
        var regions = scenario.Forces.Where(f => f.Region.Length > 0 && summaries.ContainsKey(f.Id))
            .GroupBy(f => f.Region, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Region(g.Key, [.. g.Select(f => f.Id)], result))
            .ToList();
        var national = new LeagueRow
        {
            Level = LeagueLevel.National,
            Id = NationalId,
            Name = "All forces",
            Region = "",
            Measures = Headline(result.Summary),
            Grades = Grades(rubric, result, RunDiagnostics.AllForces, result.Replications.Select(r => (IReadOnlyDictionary<string, double?>)r.Measures)),
        };
        return new LeagueStandings(forces, regions, national, PublishedFigure.National999Within10s);
    }

    /// <summary>A region's row: in each replication its forces pooled by each measure's weight, then summarised over replications.</summary>
    public static LeagueRow Region(string region, IReadOnlyList<string> forceIds, ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(forceIds);
        ArgumentNullException.ThrowIfNull(result);
        var measures = new SortedDictionary<string, MeasureSummary>(StringComparer.Ordinal);
        foreach (var measure in LeagueMeasure.All.Where(m => m.Weight is not null))
        {
            var perReplication = result.Replications.Select(r => Pool(measure, forceIds.Select(id => (IReadOnlyDictionary<string, double?>)ForceMeasures(r, id)))).ToList();
            if (perReplication.Any(v => v is not null))
            {
                measures[measure.Name] = MeasureSummary.Of(measure.Name, perReplication);
            }
        }

        return new LeagueRow { Level = LeagueLevel.Region, Id = region, Name = region, Region = region, Measures = measures };
    }

    /// <summary>One replication's value for a group of forces: the weighted mean of their values (or the sum, for a cost).</summary>
    private static double? Pool(LeagueMeasure measure, IEnumerable<IReadOnlyDictionary<string, double?>> forces)
    {
        double weighted = 0;
        double weights = 0;
        var any = false;
        foreach (var force in forces)
        {
            if (!force.TryGetValue(measure.Name, out var value) || value is not { } v || measure.WeightIn(force) is not { } w)
            {
                continue;
            }

            any = true;
            weighted += measure.Sums ? v : w * v;
            weights += w;
        }

        return !any ? null : measure.Sums ? weighted : weights > 0 ? weighted / weights : null;
    }

    private static SortedDictionary<string, double?> ForceMeasures(ReplicationResult replication, string forceId) =>
        replication.Forces.TryGetValue(forceId, out var measures) ? measures : new SortedDictionary<string, double?>();

    private static SortedDictionary<string, MeasureSummary> Headline(SortedDictionary<string, MeasureSummary> summary)
    {
        var headline = new SortedDictionary<string, MeasureSummary>(StringComparer.Ordinal);
        foreach (var measure in LeagueMeasure.All)
        {
            if (summary.TryGetValue(measure.Name, out var s) && s.Mean is not null)
            {
                headline[measure.Name] = s;
            }
        }

        return headline;
    }

    private static List<GradeDistribution> Grades(Rubric rubric, ExperimentResult result, string scope, IEnumerable<IReadOnlyDictionary<string, double?>> replications)
    {
        var list = replications.ToList();
        return [.. rubric.Areas.Select(area => GradeDistribution.From(area.Id, "inspection", result.Diagnostics?.IsWithheld(scope, area.Id) == true ? [] : list))];
    }
}
