namespace ForceSim.Experiments.Calibration;

/// <summary>Summaries of a weighted sample (a population of particles), in one place so every table uses the same definitions.</summary>
public static class WeightedStatistics
{
    /// <summary>The smallest value whose cumulative weight reaches <paramref name="p"/> of the total (NaN values ignored).</summary>
    public static double Quantile(IReadOnlyList<double> values, IReadOnlyList<double> weights, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(weights);
        var pairs = values.Zip(weights).Where(v => double.IsFinite(v.First) && v.Second > 0).OrderBy(v => v.First).ToList();
        if (pairs.Count == 0)
        {
            return double.NaN;
        }

        var total = pairs.Sum(v => v.Second);
        var cumulative = 0.0;
        foreach (var (value, weight) in pairs)
        {
            cumulative += weight;
            if (cumulative >= p * total * (1 - 1e-12))
            {
                return value;
            }
        }

        return pairs[^1].First;
    }

    public static double Mean(IReadOnlyList<double> values, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(weights);
        var total = weights.Sum();
        return values.Zip(weights).Sum(v => v.First * v.Second) / total;
    }

    /// <summary>Weighted Pearson correlation of two parameters across the particles; 0 when either does not vary.</summary>
    public static double Correlation(IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(weights);
        var total = weights.Sum();
        var mx = Mean(x, weights);
        var my = Mean(y, weights);
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += weights[i] * (x[i] - mx) * (y[i] - my);
            sxx += weights[i] * (x[i] - mx) * (x[i] - mx);
            syy += weights[i] * (y[i] - my) * (y[i] - my);
        }

        return sxx > 0 && syy > 0 ? sxy / total / Math.Sqrt(sxx / total * (syy / total)) : 0;
    }
}
