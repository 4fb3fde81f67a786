using ForceSim.Engine.Running;
using ForceSim.Reporting.Posteriors;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace ForceSim.Experiments.Posteriors;

/// <summary>
/// Splits each measure's variance across replications by the law of total variance, Var Y = E[Var(Y|θ)] + Var(E[Y|θ]).
/// Replication r and its twin share θ and differ only in random numbers, so E[(Y_r − Y'_r)²]/2 = E[Var(Y|θ)]: an unbiased
/// estimate of the noise that needs no assumption that noise is the same for every θ. The parameter part is what the
/// replications' total variance adds beyond it (set to 0 when sampling makes it negative).
/// </summary>
public static class ParameterUncertainty
{
    public static SortedDictionary<string, ParameterSplit> Split(ExperimentResult result, IReadOnlyList<ReplicationResult> twins)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(twins);
        var split = new SortedDictionary<string, ParameterSplit>(StringComparer.Ordinal);
        foreach (var (name, summary) in result.Summary)
        {
            if (summary.Mean is { } mean
                && Of(mean, [.. result.Replications.Select(r => Value(r, name))], [.. twins.Select(t => Value(t, name))]) is { } s)
            {
                split[name] = s;
            }
        }

        return split;
    }

    /// <summary>
    /// The same split for an option's paired change from the base (option − base, replication by replication, and twin by
    /// twin): how much of the change's interval is parameter uncertainty.
    /// </summary>
    public static SortedDictionary<string, ParameterSplit> SplitChange(
        ExperimentResult baseline, IReadOnlyList<ReplicationResult> baseTwins, ExperimentResult option, IReadOnlyList<ReplicationResult> optionTwins, IEnumerable<string> measures)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(measures);
        var split = new SortedDictionary<string, ParameterSplit>(StringComparer.Ordinal);
        foreach (var name in measures)
        {
            var changes = Changes(baseline.Replications, option.Replications, name);
            var twinChanges = Changes(baseTwins, optionTwins, name);
            var observed = changes.OfType<double>().ToArray();
            if (observed.Length > 0 && Of(observed.Average(), changes, twinChanges) is { } s)
            {
                split[name] = s;
            }
        }

        return split;
    }

    /// <summary>The split of each of <paramref name="measures"/> over replications and their twins, given as lists (a sweep's variant).</summary>
    public static SortedDictionary<string, ParameterSplit> Split(IReadOnlyList<ReplicationResult> replications, IReadOnlyList<ReplicationResult> twins, IEnumerable<string> measures)
    {
        ArgumentNullException.ThrowIfNull(replications);
        ArgumentNullException.ThrowIfNull(twins);
        ArgumentNullException.ThrowIfNull(measures);
        var split = new SortedDictionary<string, ParameterSplit>(StringComparer.Ordinal);
        foreach (var name in measures)
        {
            if (Of([.. replications.Select(r => Value(r, name))], [.. twins.Select(t => Value(t, name))]) is { } s)
            {
                split[name] = s;
            }
        }

        return split;
    }

    /// <summary>The split of any per-replication values (a budget objective's paired change): value r and twin value r share a parameter set.</summary>
    public static ParameterSplit? Of(double?[] values, double?[] twins)
    {
        ArgumentNullException.ThrowIfNull(values);
        var observed = values.OfType<double>().ToArray();
        return observed.Length > 0 ? Of(observed.Average(), values, twins) : null;
    }

    private static double?[] Changes(IReadOnlyList<ReplicationResult> from, IReadOnlyList<ReplicationResult> to, string name) =>
        [.. from.Zip(to, (a, b) => Value(b, name) - Value(a, name))];

    /// <summary>The split of values whose replication r and twin r share a parameter set; null when there are too few to tell.</summary>
    private static ParameterSplit? Of(double mean, double?[] main, double?[] twins)
    {
        var values = main.OfType<double>().ToArray();
        var pairs = main.Zip(twins, (r, t) => r - t).OfType<double>().ToArray();
        if (values.Length < 2 || pairs.Length == 0)
        {
            return null;
        }

        var total = values.Variance();
        var noise = pairs.Sum(d => d * d) / (2.0 * pairs.Length);
        var parameters = Math.Max(0, total - noise);
        var half = StudentT.InvCDF(0, 1, values.Length - 1, 0.975) * Math.Sqrt(noise / values.Length);
        return new ParameterSplit(mean, Math.Sqrt(total), Math.Sqrt(noise), Math.Sqrt(parameters), total > 0 ? parameters / total : 0, mean - half, mean + half);
    }

    private static double? Value(ReplicationResult replication, string measure) =>
        replication.Measures.TryGetValue(measure, out var value) ? value : null;
}
