using ForceSim.Engine.Measures;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Summaries;

/// <summary>
/// What an option pays for each percentage point it gains on one headline proportion: its annual staff cost change
/// (<c>cost.annual_gbp</c>, option minus base) ÷ the points gained (the change, signed so a gain is positive: fewer
/// abandoned calls is a gain). The interval divides the cost by the ends of the change's 95% interval, and is given
/// only when that interval excludes no gain; a measure that gets worse or does not move has no cost per point.
/// </summary>
public sealed record CostPerPoint(
    string Measure,
    string Label,
    double AnnualCostChange,
    double GainPoints,
    double? GainLower,
    double? GainUpper,
    double? PerPoint,
    double? PerPointLower,
    double? PerPointUpper)
{
    /// <summary>Headline proportions where less is better.</summary>
    private static readonly HashSet<string> LowerIsBetter = new(StringComparer.Ordinal)
    {
        MeasureNames.NonEmergencyAbandoned, MeasureNames.Undergraded, MeasureNames.AdditionalCrimesMissed, MeasureNames.UnreportedRepeatCrimes,
    };

    /// <summary>Proportions that are neither better higher nor lower (how busy staff are), so nothing is gained.</summary>
    private static readonly HashSet<string> NoDirection = new(StringComparer.Ordinal)
    {
        "contact.handler_utilisation", "response.unit_utilisation", "response.other_work_share_of_busy_time",
    };

    /// <summary>Every headline proportion the option's differences cover; none when the cost change is unknown.</summary>
    public static IReadOnlyList<CostPerPoint> Of(IReadOnlyList<OptionDifference> differences)
    {
        ArgumentNullException.ThrowIfNull(differences);
        if (differences.FirstOrDefault(d => d.Measure == MeasureNames.AnnualCost)?.Difference is not { } cost)
        {
            return [];
        }

        var rows = new List<CostPerPoint>();
        foreach (var measure in MeasureCatalog.Headline.Where(m => m.Unit == MeasureUnit.Fraction && !NoDirection.Contains(m.Name)))
        {
            if (differences.FirstOrDefault(d => d.Measure == measure.Name) is not { Difference: { } change } difference)
            {
                continue;
            }

            var sign = LowerIsBetter.Contains(measure.Name) ? -1 : 1;
            var gain = 100 * sign * change;
            double? gainLower = null, gainUpper = null;
            if (difference is { Lower: { } lower, Upper: { } upper })
            {
                (gainLower, gainUpper) = (Math.Min(100 * sign * lower, 100 * sign * upper), Math.Max(100 * sign * lower, 100 * sign * upper));
            }

            double? perPoint = gain > 0 ? cost / gain : null;
            double? perLower = null, perUpper = null;
            if (gainLower > 0)
            {
                var (a, b) = (cost / gainLower.Value, cost / gainUpper!.Value);
                (perLower, perUpper) = (Math.Min(a, b), Math.Max(a, b));
            }

            rows.Add(new CostPerPoint(measure.Name, measure.Label.Trim(), cost, gain, gainLower, gainUpper, perPoint, perLower, perUpper));
        }

        return rows;
    }
}
