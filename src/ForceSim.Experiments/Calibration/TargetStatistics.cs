using ForceSim.Model.Calibration;
using ForceSim.Model.Rubrics;

namespace ForceSim.Experiments.Calibration;

/// <summary>
/// What a simulated parameter set says about each target, and how far that is from the observed figures. The statistic
/// is the mean over the replications: of the measure (proportions, means); of the grade's position, 0 outstanding to 4
/// inadequate (ordinal findings); of measure minus compared measure (directions). Each fitted target's gap is divided
/// by its uncertainty, and the distance is the root mean square of these standardised gaps.
/// </summary>
public static class TargetStatistics
{
    /// <summary>A violated direction counts as this many standard deviations; a held one as none.</summary>
    public const double DirectionPenalty = 2;

    /// <summary>A target the simulation could not measure (no calls of that kind, an ungraded area) counts as this many.</summary>
    public const double UnmeasuredPenalty = 10;

    public static double[] Of(IReadOnlyList<CalibrationTarget> targets, IReadOnlyList<IReadOnlyDictionary<string, double?>> replications)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(replications);
        return [.. targets.Select(t => Statistic(t, replications))];
    }

    /// <summary>The standardised gap of one target's statistic from its observed value (a direction's is 0 or the penalty).</summary>
    public static double Gap(CalibrationTarget target, double statistic)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!double.IsFinite(statistic))
        {
            return UnmeasuredPenalty;
        }

        return target.Kind == TargetKind.Direction
            ? (Holds(target, statistic) ? 0 : DirectionPenalty)
            : (statistic - target.Observed) / target.Scale;
    }

    /// <summary>Whether a direction target's statistic (measure minus compared measure) points the observed way.</summary>
    public static bool Holds(CalibrationTarget target, double statistic)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Higher ? statistic > 0 : statistic < 0;
    }

    /// <summary>Root mean square of the fitted targets' standardised gaps.</summary>
    public static double Distance(IReadOnlyList<CalibrationTarget> targets, IReadOnlyList<double> statistics)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(statistics);
        var sum = 0.0;
        var count = 0;
        for (var i = 0; i < targets.Count; i++)
        {
            if (!targets[i].Holdout)
            {
                var gap = Gap(targets[i], statistics[i]);
                sum += gap * gap;
                count++;
            }
        }

        return count == 0 ? 0 : Math.Sqrt(sum / count);
    }

    private static double Statistic(CalibrationTarget target, IReadOnlyList<IReadOnlyDictionary<string, double?>> replications) => target.Kind switch
    {
        TargetKind.Ordinal => Mean(replications.Select(r => Position(target, r))),
        TargetKind.Direction => Mean(replications.Select(r => Value(r, target.Measure))) - Mean(replications.Select(r => Value(r, target.Than))),
        _ => Mean(replications.Select(r => Value(r, target.Measure))),
    };

    /// <summary>The position of the grade a replication gave the area, or null when it gave none.</summary>
    private static double? Position(CalibrationTarget target, IReadOnlyDictionary<string, double?> measures)
    {
        foreach (var grade in GradeNames.All)
        {
            if (Value(measures, $"{target.Measure}.{GradeNames.Key(grade)}") is 1)
            {
                return (int)grade;
            }
        }

        return null;
    }

    private static double? Value(IReadOnlyDictionary<string, double?> measures, string name) =>
        measures.TryGetValue(name, out var v) && v is { } d && double.IsFinite(d) ? d : null;

    private static double Mean(IEnumerable<double?> values)
    {
        var known = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return known.Count == 0 ? double.NaN : known.Average();
    }
}
