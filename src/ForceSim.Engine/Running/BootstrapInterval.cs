using ForceSim.Engine.Randomness;

namespace ForceSim.Engine.Running;

/// <summary>
/// A percentile bootstrap interval for a mean: resample the replications with replacement, take the mean of each
/// resample, and read the 2.5th and 97.5th percentiles. Every resampled mean lies between the smallest and largest
/// value observed, so the interval never leaves the range the measure can take, whatever its skew. The resampling
/// stream is seeded from the measure's name, so the same replications always give the same interval.
/// </summary>
public static class BootstrapInterval
{
    public const int Resamples = 4000;

    public static (double Lower, double Upper) Of(string name, IReadOnlyList<double> values, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("A bootstrap needs at least one value.", nameof(values));
        }

        var random = new SplitMix(Seed(name));
        var means = new double[Resamples];
        for (var b = 0; b < Resamples; b++)
        {
            var sum = 0.0;
            for (var i = 0; i < values.Count; i++)
            {
                sum += values[(int)(random.NextDouble() * values.Count)];
            }

            means[b] = sum / values.Count;
        }

        Array.Sort(means);
        var tail = (1 - confidence) / 2;
        return (means[(int)Math.Floor(tail * (Resamples - 1))], means[(int)Math.Ceiling((1 - tail) * (Resamples - 1))]);
    }

    /// <summary>FNV-1a of the name: a seed that depends on nothing but the measure.</summary>
    private static ulong Seed(string name)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
