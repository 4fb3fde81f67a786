using ForceSim.Engine.Randomness;
using ForceSim.Model.Distributions;

namespace ForceSim.Engine.Tests.Randomness;

public sealed class SamplerTests
{
    private const int Draws = 200_000;

    /// <summary>Sample means and SDs must lie within this many standard errors; draws use a fixed seed, so the check is deterministic.</summary>
    private const double Tolerance = 3.5;

    [Fact]
    public void A_constant_always_returns_its_value_and_draws_no_random_numbers()
    {
        var sampler = new Sampler(Distribution.Constant(4.25));
        var used = new SeededRandom(11);
        var untouched = new SeededRandom(11);

        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(4.25, sampler.Sample(used));
        }

        Assert.True(sampler.IsConstant);
        Assert.Equal(4.25, sampler.Mean);
        Assert.Equal(untouched.NextDouble(), used.NextDouble());
    }

    [Fact]
    public void A_lognormal_with_no_spread_is_treated_as_a_constant()
    {
        var sampler = new Sampler(Distribution.LogNormal(12, 0));
        var used = new SeededRandom(12);
        var untouched = new SeededRandom(12);

        Assert.True(sampler.IsConstant);
        Assert.Equal(12, sampler.Sample(used));
        Assert.Equal(untouched.NextDouble(), used.NextDouble());
    }

    [Fact]
    public void Random_distributions_are_not_constant_and_do_draw()
    {
        var sampler = new Sampler(Distribution.Exponential(5));
        var used = new SeededRandom(13);
        var untouched = new SeededRandom(13);

        sampler.Sample(used);

        Assert.False(sampler.IsConstant);
        Assert.NotEqual(untouched.NextDouble(), used.NextDouble());
    }

    [Fact]
    public void Exponential_draws_have_the_stated_mean_as_mean_and_sd()
    {
        var stats = Draw(Distribution.Exponential(5));

        stats.AssertMean(5);
        stats.AssertSd(5);
        Assert.True(stats.Min >= 0);
    }

    [Fact]
    public void Lognormal_draws_have_the_stated_mean_and_sd()
    {
        // The scenario gives the mean and sd of the times themselves, not mu and sigma of their logarithm.
        var stats = Draw(Distribution.LogNormal(60, 40));

        stats.AssertMean(60);
        stats.AssertSd(40);
        Assert.True(stats.Min > 0);
    }

    [Fact]
    public void Lognormal_median_is_below_the_mean_as_the_fitted_mu_implies()
    {
        // mu = ln(mean) - sigma²/2 with sigma² = ln(1 + (sd/mean)²), so the median exp(mu) = mean / sqrt(1 + cv²).
        var sampler = new Sampler(Distribution.LogNormal(60, 40));
        var random = new SeededRandom(21);
        var draws = Enumerable.Range(0, 100_001).Select(_ => sampler.Sample(random)).Order().ToArray();
        var median = draws[50_000];
        var expected = 60 / Math.Sqrt(1 + ((40.0 / 60) * (40.0 / 60)));

        Assert.InRange(median, expected * 0.99, expected * 1.01);
    }

    [Fact]
    public void Gamma_draws_have_the_stated_mean_and_the_sd_its_shape_implies()
    {
        // Shape k and mean m: sd = m / sqrt(k). A rate/scale mix-up would show in the mean.
        var stats = Draw(Distribution.Gamma(30, 2));

        stats.AssertMean(30);
        stats.AssertSd(30 / Math.Sqrt(2));
    }

    [Fact]
    public void Gamma_with_a_small_shape_keeps_its_mean()
    {
        var stats = Draw(Distribution.Gamma(8, 0.5));

        stats.AssertMean(8);
        stats.AssertSd(8 / Math.Sqrt(0.5));
    }

    [Fact]
    public void Uniform_draws_stay_between_min_and_max_with_the_textbook_mean_and_sd()
    {
        var stats = Draw(Distribution.Uniform(1, 4));

        stats.AssertMean(2.5);
        stats.AssertSd(3 / Math.Sqrt(12));
        Assert.True(stats.Min >= 1);
        Assert.True(stats.Max <= 4);
        Assert.True(stats.Min < 1.01 && stats.Max > 3.99);
    }

    [Fact]
    public void Empirical_draws_respect_the_weights()
    {
        double[] values = [1, 2, 3, 10];
        double[] weights = [2, 3, 5, 0];
        var sampler = new Sampler(Distribution.Empirical(values, weights));
        var random = new SeededRandom(31);
        var counts = new Dictionary<double, int>();
        for (var i = 0; i < Draws; i++)
        {
            var x = sampler.Sample(random);
            counts[x] = counts.GetValueOrDefault(x) + 1;
        }

        Assert.Equal([1.0, 2.0, 3.0], counts.Keys.Order());
        AssertShare(counts[1], 0.2);
        AssertShare(counts[2], 0.3);
        AssertShare(counts[3], 0.5);
        Assert.Equal((1 * 0.2) + (2 * 0.3) + (3 * 0.5), sampler.Mean, 12);
    }

    [Fact]
    public void Empirical_draws_with_no_weights_are_equally_likely()
    {
        double[] values = [5, 6, 7, 8];
        var sampler = new Sampler(Distribution.Empirical(values, []));
        var random = new SeededRandom(32);
        var counts = new Dictionary<double, int>();
        for (var i = 0; i < Draws; i++)
        {
            var x = sampler.Sample(random);
            counts[x] = counts.GetValueOrDefault(x) + 1;
        }

        Assert.Equal([5.0, 6.0, 7.0, 8.0], counts.Keys.Order());
        Assert.All(counts.Values, c => AssertShare(c, 0.25));
    }

    [Fact]
    public void Empirical_with_a_zero_weight_first_value_never_draws_it()
    {
        double[] values = [100, 1];
        double[] weights = [0, 1];
        var sampler = new Sampler(Distribution.Empirical(values, weights));
        var random = new SeededRandom(33);

        for (var i = 0; i < 10_000; i++)
        {
            Assert.Equal(1, sampler.Sample(random));
        }
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.2499, 1.0)]
    [InlineData(0.25, 2.0)]     // exactly on the boundary: intervals are closed below, open above
    [InlineData(0.7499, 2.0)]
    [InlineData(0.75, 3.0)]
    [InlineData(0.9999, 3.0)]
    public void Empirical_values_own_half_open_slices_of_the_unit_interval(double uniform, double value)
    {
        double[] values = [1, 2, 3];
        double[] weights = [1, 2, 1];
        var sampler = new Sampler(Distribution.Empirical(values, weights));
        var random = new ScriptedRandom(uniform);

        Assert.Equal(value, sampler.Sample(random));
        Assert.Equal(1, random.Used);
    }

    [Fact]
    public void Empirical_with_a_zero_weight_first_value_skips_it_even_for_a_zero_draw()
    {
        double[] values = [100, 1];
        double[] weights = [0, 1];
        var sampler = new Sampler(Distribution.Empirical(values, weights));

        Assert.Equal(1, sampler.Sample(new ScriptedRandom(0.0)));
    }

    [Fact]
    public void The_sampler_mean_is_the_distribution_mean()
    {
        Assert.Equal(2.5, new Sampler(Distribution.Uniform(1, 4)).Mean);
        Assert.Equal(60, new Sampler(Distribution.LogNormal(60, 40)).Mean);
        Assert.Equal(30, new Sampler(Distribution.Gamma(30, 2)).Mean);
    }

    [Fact]
    public void The_same_seed_gives_the_same_draws()
    {
        var sampler = new Sampler(Distribution.LogNormal(60, 40));
        var a = new SeededRandom(77);
        var b = new SeededRandom(77);

        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal(sampler.Sample(a), sampler.Sample(b));
        }
    }

    private static void AssertShare(int count, double p)
    {
        var standardError = Math.Sqrt(p * (1 - p) / Draws);
        Assert.InRange((double)count / Draws, p - (Tolerance * standardError), p + (Tolerance * standardError));
    }

    private static Moments Draw(Distribution distribution)
    {
        var sampler = new Sampler(distribution);
        var random = new SeededRandom(20240601);
        var x = new double[Draws];
        for (var i = 0; i < Draws; i++)
        {
            x[i] = sampler.Sample(random);
        }

        return new Moments(x);
    }

    /// <summary>Sample mean and SD with their standard errors (the SD's from the sample fourth moment, as tails vary a lot).</summary>
    private sealed class Moments
    {
        public Moments(double[] x)
        {
            var n = x.Length;
            Mean = x.Average();
            var m2 = x.Sum(v => (v - Mean) * (v - Mean)) / n;
            var m4 = x.Sum(v => Math.Pow(v - Mean, 4)) / n;
            Sd = Math.Sqrt(m2 * n / (n - 1));
            MeanError = Sd / Math.Sqrt(n);
            SdError = Math.Sqrt((m4 - (m2 * m2)) / (4 * m2 * n));
            Min = x.Min();
            Max = x.Max();
        }

        public double Mean { get; }

        public double Sd { get; }

        public double MeanError { get; }

        public double SdError { get; }

        public double Min { get; }

        public double Max { get; }

        public void AssertMean(double expected) =>
            Assert.InRange(Mean, expected - (Tolerance * MeanError), expected + (Tolerance * MeanError));

        public void AssertSd(double expected) =>
            Assert.InRange(Sd, expected - (Tolerance * SdError), expected + (Tolerance * SdError));
    }

    [Fact]
    public void Empirical_never_draws_a_zero_weight_value_in_the_middle_even_on_a_slice_boundary()
    {
        var sampler = new Sampler(Distribution.Empirical([1, 2, 3, 4], [1, 0, 0, 1]));

        // u = 0.5 × total weight 2 = 1.0 lands exactly on the boundary shared by the zero-weight values.
        Assert.Equal(4, sampler.Sample(new ScriptedRandom(0.5)));
        Assert.Equal(1, sampler.Sample(new ScriptedRandom(0.4999)));
    }
}
