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
            if (summary.Mean is not { } mean)
            {
                continue;
            }

            var values = result.Replications.Select(r => Value(r, name)).OfType<double>().ToArray();
            var pairs = result.Replications.Zip(twins, (r, t) => (Value(r, name), Value(t, name)))
                .Where(p => p.Item1.HasValue && p.Item2.HasValue)
                .Select(p => p.Item1!.Value - p.Item2!.Value)
                .ToArray();
            if (values.Length < 2 || pairs.Length == 0)
            {
                continue;
            }

            var total = values.Variance();
            var noise = pairs.Sum(d => d * d) / (2.0 * pairs.Length);
            var parameters = Math.Max(0, total - noise);
            var half = StudentT.InvCDF(0, 1, values.Length - 1, 0.975) * Math.Sqrt(noise / values.Length);
            split[name] = new ParameterSplit(mean, Math.Sqrt(total), Math.Sqrt(noise), Math.Sqrt(parameters), total > 0 ? parameters / total : 0, mean - half, mean + half);
        }

        return split;
    }

    private static double? Value(ReplicationResult replication, string measure) =>
        replication.Measures.TryGetValue(measure, out var value) ? value : null;
}
