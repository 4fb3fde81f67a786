using ForceSim.Model.Rubrics;

namespace ForceSim.Engine.Grading;

/// <summary>The probability of each grade for one area and view, estimated over replications.</summary>
public sealed record GradeDistribution(string Area, string View, IReadOnlyDictionary<InspectionGrade, double> Probability)
{
    /// <summary>The most likely grade (ties go to the worse grade); null when no replication could be graded.</summary>
    public InspectionGrade? MostLikely =>
        Probability.Count == 0 || Probability.Values.Sum() <= 0
            ? null
            : Probability.OrderByDescending(p => p.Value).ThenByDescending(p => p.Key).First().Key;

    /// <summary>Chance of this grade or anything worse.</summary>
    public double AtOrBelow(InspectionGrade grade) => Probability.Where(p => p.Key >= grade).Sum(p => p.Value);

    /// <summary>Reads the grade indicators of every replication (see <see cref="GradeIndicators"/>).</summary>
    public static GradeDistribution From(string area, string view, IEnumerable<IReadOnlyDictionary<string, double?>> replications)
    {
        ArgumentNullException.ThrowIfNull(replications);
        var counts = GradeNames.All.ToDictionary(g => g, _ => 0.0);
        var graded = 0;
        foreach (var measures in replications)
        {
            foreach (var grade in GradeNames.All)
            {
                if (measures.TryGetValue(GradeIndicators.Name(area, view, grade), out var v) && v == 1)
                {
                    counts[grade]++;
                    graded++;
                }
            }
        }

        return new GradeDistribution(area, view, graded == 0 ? new Dictionary<InspectionGrade, double>() : counts.ToDictionary(c => c.Key, c => c.Value / graded));
    }
}
