using ForceSim.Engine.Inspection;
using ForceSim.Engine.Running;

namespace ForceSim.Reporting.Tables;

/// <summary>
/// One audited measure as an inspection sees it: items audited, the mean sample proportion, the Wilson 95%
/// interval one inspection of that size would report, and the full-population value it estimates.
/// </summary>
public sealed record InspectionSampleRow(string Measure, int Items, double Proportion, double Lower, double Upper, double? Population)
{
    public static IReadOnlyList<InspectionSampleRow> From(SortedDictionary<string, MeasureSummary> summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var rows = new List<InspectionSampleRow>();
        foreach (var (population, sampled) in InspectionMeasures.SampledCounterpart)
        {
            if (!summary.TryGetValue(sampled, out var s) || s.Mean is not { } p || !summary.TryGetValue(sampled + "_n", out var n) || n.Mean is not { } size)
            {
                continue;
            }

            var items = (int)Math.Round(size);
            var (lower, upper) = WilsonInterval.Of(p, items);
            rows.Add(new InspectionSampleRow(population, items, p, lower, upper, summary.TryGetValue(population, out var pop) ? pop.Mean : null));
        }

        return rows;
    }
}
