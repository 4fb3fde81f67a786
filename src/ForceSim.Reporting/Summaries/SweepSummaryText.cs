using ForceSim.Engine.Running;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Summaries;

/// <summary>
/// The sentences a sweep opens with: which factor moves the most important measure the sweep kept the most, and the
/// next ones. A factor's effect is the spread of the measure's mean across the factor's values (its main effect), so the
/// same reading serves one-at-a-time, factorial and Latin hypercube designs.
/// </summary>
public static class SweepSummaryText
{
    private const int FactorsNamed = 3;

    /// <param name="factors">Factor column names, in the design's order.</param>
    /// <param name="variantValues">Per variant, each factor's value (null: the scenario's own).</param>
    /// <param name="variantMeans">Per variant, each measure's mean over its replications.</param>
    public static IReadOnlyList<string> Sentences(
        IReadOnlyList<string> factors,
        IReadOnlyList<IReadOnlyList<string?>> variantValues,
        IReadOnlyList<IReadOnlyDictionary<string, double?>> variantMeans)
    {
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(variantValues);
        ArgumentNullException.ThrowIfNull(variantMeans);
        var measure = Focus(variantMeans);
        if (measure is null || factors.Count == 0)
        {
            return [$"{variantMeans.Count} variant(s) of {factors.Count} factor(s) were run; no measure was kept that they could be ranked by."];
        }

        var effects = factors.Select((name, f) => Effect(name.Replace('_', ' '), f, measure, variantValues, variantMeans))
            .Where(e => e is not null).Select(e => e!.Value)
            .OrderByDescending(e => e.Spread).ThenBy(e => e.Factor, StringComparer.Ordinal)
            .ToList();
        var label = MeasureLabels.InSentence(measure);
        if (effects.Count == 0)
        {
            return [$"No factor could be ranked by {label}: it was not measured in enough variants."];
        }

        var top = effects[0];
        var sentences = new List<string>
        {
            $"Of the {factors.Count} factor(s) varied, {top.Factor} matters most for {label}: across its values the mean goes from {Show(top.Low, measure)} (at {top.LowAt}) to {Show(top.High, measure)} (at {top.HighAt}).",
        };
        if (effects.Count > 1)
        {
            sentences.Add("Next: " + string.Join("; ", effects.Skip(1).Take(FactorsNamed - 1).Select(e => $"{e.Factor} ({Show(e.Low, measure)} to {Show(e.High, measure)})")) + ".");
        }

        return sentences;
    }

    /// <summary>From each variant's replications, keeping only the measures the sweep keeps.</summary>
    public static IReadOnlyList<string> Sentences(
        IReadOnlyList<string> factors,
        IReadOnlyList<IReadOnlyList<string?>> variantValues,
        IReadOnlyList<IReadOnlyList<ReplicationResult>> results,
        Func<string, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(keep);
        var means = results
            .Select(r => (IReadOnlyDictionary<string, double?>)ExperimentResult.Summarise(r.Select(x => x.Measures))
                .Where(m => keep(m.Key))
                .ToDictionary(m => m.Key, m => m.Value.Mean, StringComparer.Ordinal))
            .ToList();
        return Sentences(factors, variantValues, means);
    }

    /// <summary>The measure to rank by: the first headline measure in the chief officer's order that the sweep kept, else the first kept.</summary>
    private static string? Focus(IReadOnlyList<IReadOnlyDictionary<string, double?>> variantMeans)
    {
        var kept = variantMeans.SelectMany(m => m.Where(x => x.Value is not null).Select(x => x.Key)).ToHashSet(StringComparer.Ordinal);
        var preferred = ChangeText.PriorityOrder().FirstOrDefault(kept.Contains);
        return preferred ?? kept.Where(k => !k.StartsWith("grades.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault();
    }

    private static (string Factor, double Spread, double Low, string LowAt, double High, string HighAt)? Effect(
        string factor,
        int index,
        string measure,
        IReadOnlyList<IReadOnlyList<string?>> variantValues,
        IReadOnlyList<IReadOnlyDictionary<string, double?>> variantMeans)
    {
        var levels = variantValues.Select((values, v) => (At: values[index] ?? "base", Mean: variantMeans[v].GetValueOrDefault(measure)))
            .Where(x => x.Mean is not null)
            .GroupBy(x => x.At, StringComparer.Ordinal)
            .Select(g => (At: g.Key, Mean: g.Average(x => x.Mean!.Value)))
            .ToList();
        if (levels.Count < 2)
        {
            return null;
        }

        var low = levels.MinBy(l => l.Mean);
        var high = levels.MaxBy(l => l.Mean);
        return (factor, high.Mean - low.Mean, low.Mean, low.At, high.Mean, high.At);
    }

    private static string Show(double value, string measure) => ChangeText.Prose(value, MeasureLabels.UnitOf(measure));
}
