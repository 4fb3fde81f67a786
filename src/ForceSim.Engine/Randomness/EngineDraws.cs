namespace ForceSim.Engine.Randomness;

/// <summary>
/// MathNet.Numerics 5.0.0's sampling algorithms, step for step, on the engine's sealed generator: the same uniforms
/// consumed in the same order and the same arithmetic, so every draw is bit-identical to the MathNet call, without a
/// virtual <see cref="Random.NextDouble"/> per uniform. A contact draws several times, millions of times a national run.
/// Parameters are not checked here: <see cref="Sampler"/> only comes here with parameters MathNet accepts.
/// </summary>
internal static class EngineDraws
{
    /// <summary>As MathNet's Exponential: inversion, a zero uniform drawn again.</summary>
    public static double Exponential(SeededRandom random, double rate)
    {
        var u = random.NextDouble();
        while (u == 0.0)
        {
            u = random.NextDouble();
        }

        return -Math.Log(u) / rate;
    }

    /// <summary>As MathNet's Normal: the polar Box-Muller method, keeping the first of the pair and dropping the second.</summary>
    public static double Normal(SeededRandom random, double mean, double stddev)
    {
        while (true)
        {
            var v1 = (2.0 * random.NextDouble()) - 1.0;
            var v2 = (2.0 * random.NextDouble()) - 1.0;
            var r = (v1 * v1) + (v2 * v2);
            if (r >= 1.0 || r == 0.0)
            {
                continue;
            }

            return mean + (stddev * (v1 * Math.Sqrt(-2.0 * Math.Log(r) / r)));
        }
    }

    /// <summary>As MathNet's LogNormal: the exponential of a normal draw.</summary>
    public static double LogNormal(SeededRandom random, double mu, double sigma) => Math.Exp(Normal(random, mu, sigma));

    /// <summary>As MathNet's ContinuousUniform.</summary>
    public static double Uniform(SeededRandom random, double lower, double upper) => lower + (random.NextDouble() * (upper - lower));

    /// <summary>As MathNet's Gamma: Marsaglia and Tsang's method, with the boost for a shape below one drawn first.</summary>
    public static double Gamma(SeededRandom random, double shape, double rate)
    {
        if (double.IsPositiveInfinity(rate))
        {
            return shape;
        }

        var a = shape;
        var alphafix = 1.0;
        if (shape < 1.0)
        {
            a = shape + 1.0;
            alphafix = Math.Pow(random.NextDouble(), 1.0 / shape);
        }

        var d = a - (1.0 / 3.0);
        var c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            var x = Normal(random, 0.0, 1.0);
            var v = 1.0 + (c * x);
            while (v <= 0.0)
            {
                x = Normal(random, 0.0, 1.0);
                v = 1.0 + (c * x);
            }

            v = v * v * v;
            var u = random.NextDouble();
            x *= x;
            if (u < 1.0 - (0.0331 * x * x))
            {
                return alphafix * d * v / rate;
            }

            if (Math.Log(u) < (0.5 * x) + (d * (1.0 - v + Math.Log(v))))
            {
                return alphafix * d * v / rate;
            }
        }
    }
}
