using ForceSim.Engine.Inspection;
using ForceSim.Model.Rubrics;

namespace ForceSim.Engine.Grading;

/// <summary>
/// Grades one replication under a rubric twice: from the full population of the simulated year, and as an
/// inspection would from its small audit samples. Each grade is written as a 0/1 indicator measure, so
/// its mean across replications is the probability of that grade.
/// </summary>
public static class GradeIndicators
{
    public static void Add(Rubric rubric, SortedDictionary<string, double?> measures)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(measures);
        foreach (var area in rubric.Areas)
        {
            Write(measures, area.Id, "population", area.GradeOf(name => Value(measures, name)));
            Write(measures, area.Id, "inspection", area.GradeOf(name => Value(measures, InspectionView(name))));
        }
    }

    /// <summary>What an inspection looks at for a measure: its audit-sample counterpart where one exists, otherwise the force's own figure.</summary>
    public static string InspectionView(string measure) =>
        InspectionMeasures.SampledCounterpart.TryGetValue(measure, out var sampled) ? sampled : measure;

    public static string Name(string area, string view, InspectionGrade grade) => $"grades.{area}.{view}.{GradeNames.Key(grade)}";

    private static double? Value(SortedDictionary<string, double?> measures, string name) =>
        measures.TryGetValue(name, out var value) ? value : null;

    private static void Write(SortedDictionary<string, double?> measures, string area, string view, InspectionGrade? grade)
    {
        foreach (var g in GradeNames.All)
        {
            measures[Name(area, view, g)] = grade is null ? null : grade == g ? 1 : 0;
        }
    }
}
