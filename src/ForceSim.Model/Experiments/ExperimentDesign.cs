using System.Globalization;

namespace ForceSim.Model.Experiments;

/// <summary>Turns an experiment's design into its variants, in a fixed order.</summary>
public static class ExperimentDesign
{
    /// <summary>
    /// Factorial: every combination, the first factor changing slowest. Latin hypercube: <see cref="Experiment.Samples"/> points.
    /// One-at-a-time: variant 0 is the base, then for each factor its low and its high, the others at the base.
    /// </summary>
    public static IReadOnlyList<ExperimentVariant> Variants(Experiment experiment)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var factors = experiment.Factors;
        return experiment.Design switch
        {
            DesignType.Factorial => Factorial(factors),
            DesignType.LatinHypercube => LatinHypercube(factors, experiment.Samples, experiment.DesignSeed),
            DesignType.OneAtATime => OneAtATime(factors),
            _ => throw new ArgumentOutOfRangeException(nameof(experiment), experiment.Design, "unknown design"),
        };
    }

    /// <summary>In a one-at-a-time design, the variant with every factor at the scenario's value.</summary>
    public const int OneAtATimeBase = 0;

    /// <summary>In a one-at-a-time design, the variants with factor <paramref name="factor"/> alone at its low and at its high.</summary>
    public static (int Low, int High) OneAtATimeLowHigh(int factor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(factor);
        return (1 + (2 * factor), 2 + (2 * factor));
    }

    /// <summary>The number of variants a factorial design has (the product of the value counts), saturating at <see cref="long.MaxValue"/>.</summary>
    public static long FactorialSize(IReadOnlyList<ExperimentFactor> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        var size = 1L;
        foreach (var factor in factors)
        {
            size = factor.Values.Count == 0 ? 0 : size > long.MaxValue / factor.Values.Count ? long.MaxValue : size * factor.Values.Count;
        }

        return size;
    }

    /// <summary>
    /// A Latin hypercube in the unit cube: <paramref name="samples"/> rows, <paramref name="dimensions"/> columns. Each column cuts
    /// [0, 1) into <paramref name="samples"/> equal strata and puts exactly one point in each, at a random place inside it;
    /// the strata are matched across columns by an independent random permutation per column. The same seed gives the same design.
    /// </summary>
    public static double[][] UnitLatinHypercube(int samples, int dimensions, long seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samples);
        ArgumentOutOfRangeException.ThrowIfNegative(dimensions);
        var random = new SplitMix64(unchecked((ulong)seed));
        var points = new double[samples][];
        for (var i = 0; i < samples; i++)
        {
            points[i] = new double[dimensions];
        }

        var strata = new int[samples];
        for (var d = 0; d < dimensions; d++)
        {
            for (var i = 0; i < samples; i++)
            {
                strata[i] = i;
            }

            for (var i = samples - 1; i > 0; i--)
            {
                var j = random.Below(i + 1);
                (strata[i], strata[j]) = (strata[j], strata[i]);
            }

            for (var i = 0; i < samples; i++)
            {
                points[i][d] = (strata[i] + random.NextDouble()) / samples;
            }
        }

        return points;
    }

    /// <summary>Maps a unit-interval coordinate to a factor's range: whole numbers share the range's integers equally.</summary>
    public static string Scale(ExperimentFactor factor, double unit)
    {
        ArgumentNullException.ThrowIfNull(factor);
        if (factor.Whole)
        {
            var span = factor.Max - factor.Min + 1;
            var value = Math.Min(factor.Max, factor.Min + Math.Floor(unit * span));
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        return (factor.Min + (unit * (factor.Max - factor.Min))).ToString("R", CultureInfo.InvariantCulture);
    }

    private static List<ExperimentVariant> Factorial(IReadOnlyList<ExperimentFactor> factors)
    {
        var size = (int)Math.Min(FactorialSize(factors), int.MaxValue);
        var variants = new List<ExperimentVariant>(size);
        for (var v = 0; v < size; v++)
        {
            var values = new string?[factors.Count];
            var rest = v;
            for (var f = factors.Count - 1; f >= 0; f--)
            {
                values[f] = factors[f].Values[rest % factors[f].Values.Count];
                rest /= factors[f].Values.Count;
            }

            variants.Add(new ExperimentVariant(v, values));
        }

        return variants;
    }

    private static List<ExperimentVariant> LatinHypercube(IReadOnlyList<ExperimentFactor> factors, int samples, long seed)
    {
        var unit = UnitLatinHypercube(samples, factors.Count, seed);
        return [.. unit.Select((point, v) => new ExperimentVariant(v, [.. factors.Select((f, d) => Scale(f, point[d]))]))];
    }

    private static List<ExperimentVariant> OneAtATime(IReadOnlyList<ExperimentFactor> factors)
    {
        var variants = new List<ExperimentVariant> { new(0, new string?[factors.Count]) };
        for (var f = 0; f < factors.Count; f++)
        {
            foreach (var value in new[] { factors[f].Low, factors[f].High })
            {
                var values = new string?[factors.Count];
                values[f] = value;
                variants.Add(new ExperimentVariant(variants.Count, values));
            }
        }

        return variants;
    }

    /// <summary>SplitMix64: small, fast and fully specified, so a design is the same on every machine and runtime.</summary>
    private sealed class SplitMix64(ulong state)
    {
        private ulong _state = state;

        public ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
        public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

        /// <summary>Uniform whole number in [0, <paramref name="bound"/>), by rejection so there is no modulo bias.</summary>
        public int Below(int bound)
        {
            var limit = ulong.MaxValue - (ulong.MaxValue % (ulong)bound);
            ulong x;
            do
            {
                x = Next();
            }
            while (x >= limit);
            return (int)(x % (ulong)bound);
        }
    }
}
