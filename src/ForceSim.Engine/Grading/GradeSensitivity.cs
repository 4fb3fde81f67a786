using ForceSim.Model.Rubrics;

namespace ForceSim.Engine.Grading;

/// <summary>
/// How the most likely full-population grade of each area changes when each threshold of the rubric moves
/// by ±5 points (±0.05 on a fraction; ±5% of the value for other measures). Grading is cheap, so this
/// re-grades the stored replications rather than re-running anything.
/// </summary>
public static class GradeSensitivity
{
    public static IReadOnlyList<ThresholdShift> Analyse(Rubric rubric, IReadOnlyList<IReadOnlyDictionary<string, double?>> replications)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(replications);
        var rows = new List<ThresholdShift>();
        foreach (var area in rubric.Areas)
        {
            var baseline = MostLikely(area, replications);
            for (var m = 0; m < area.Measures.Count; m++)
            {
                var measure = area.Measures[m];
                foreach (var (grade, threshold) in measure.Thresholds.OrderBy(t => t.Key))
                {
                    var step = threshold <= 1 ? 0.05 : threshold * 0.05;
                    foreach (var shifted in (double[])[threshold - step, threshold + step])
                    {
                        var thresholds = measure.Thresholds.ToDictionary(t => t.Key, t => t.Value);
                        thresholds[grade] = shifted;
                        var measures = area.Measures.ToArray();
                        measures[m] = measure with { Thresholds = thresholds };
                        var (grade2, probability) = MostLikely(area with { Measures = measures }, replications);
                        rows.Add(new ThresholdShift(area.Id, measure.Measure, grade, threshold, shifted, baseline.Grade, grade2, probability));
                    }
                }
            }
        }

        return rows;
    }

    private static (InspectionGrade? Grade, double Probability) MostLikely(GradedArea area, IReadOnlyList<IReadOnlyDictionary<string, double?>> replications)
    {
        var grades = replications
            .Select(r => area.GradeOf(name => r.TryGetValue(name, out var v) ? v : null))
            .Where(g => g is not null)
            .Select(g => g!.Value)
            .ToList();
        if (grades.Count == 0)
        {
            return (null, 0);
        }

        var best = grades.GroupBy(g => g).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
        return (best.Key, (double)best.Count() / grades.Count);
    }
}
