using ForceSim.Engine.Inspection;
using ForceSim.Engine.Measures;
using ForceSim.Model.Loading;
using ForceSim.Model.Rubrics;

namespace ForceSim.Engine.Grading;

/// <summary>
/// Checks that a rubric grades measures the engine actually produces, so a misspelt measure is an error
/// rather than an area that silently can never be graded.
/// </summary>
public static class RubricCheck
{
    private static readonly Lazy<HashSet<string>> Known = new(KnownMeasureNames);

    /// <summary>
    /// Every measure name results.json can hold for a scenario graded by <paramref name="rubric"/>: the engine's measures
    /// and each area's grade indicators. Inputs that name measures (calibration targets) are checked against it.
    /// </summary>
    public static IReadOnlySet<string> KnownMeasures(Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var names = new HashSet<string>(Known.Value, StringComparer.Ordinal);
        foreach (var area in rubric.Areas)
        {
            foreach (var view in new[] { "population", "inspection" })
            {
                names.UnionWith(GradeNames.All.Select(g => GradeIndicators.Name(area.Id, view, g)));
            }
        }

        return names;
    }

    public static IReadOnlyList<string> Problems(Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var problems = new List<string>();
        foreach (var area in rubric.Areas)
        {
            foreach (var measure in area.Measures.Where(m => !Known.Value.Contains(m.Measure)))
            {
                var suggestion = Suggestions.Closest(measure.Measure, Known.Value);
                problems.Add($"{rubric.SourcePath}: areas.{area.Id}: unknown measure '{measure.Measure}'"
                    + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
            }
        }

        return problems;
    }

    /// <summary>Every measure name a replication can produce, found by measuring an empty tally with every channel in use.</summary>
    private static HashSet<string> KnownMeasureNames()
    {
        var period = new MeasuredPeriod(0, 1);
        var force = new ForceTally(period);
        for (var c = 0; c < ChannelIndex.Channels; c++)
        {
            force.Contact.Offered[c] = 1;
        }

        var measures = MeasureCalculator.Compute(force, new ControlRoomTally(period), period, []);
        InspectionMeasures.Compute(new InspectionTally(), measures);
        return [.. measures.Keys];
    }
}
