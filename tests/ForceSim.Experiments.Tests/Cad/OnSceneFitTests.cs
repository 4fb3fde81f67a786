using System.Globalization;
using ForceSim.Experiments.Cad;
using ForceSim.Reporting.Cad;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace ForceSim.Experiments.Tests.Cad;

/// <summary>
/// The on-scene fits kept as sufficient statistics while streaming equal maximum-likelihood fits computed from the raw
/// times with MathNet's own densities and estimators.
/// </summary>
public sealed class OnSceneFitTests : IDisposable
{
    private const int Count = 2000;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Each_familys_log_likelihood_equals_the_sum_of_mathnet_log_densities_over_the_raw_times()
    {
        var times = Gamma.Samples(new MersenneTwister(5), 2.5, 2.5 / 40.0).Take(Count).ToArray();
        var fit = FitOf(times);
        var exponential = fit.Candidates.Single(c => c.Family == "exponential");
        var lognormal = fit.Candidates.Single(c => c.Family == "lognormal");
        var gamma = fit.Candidates.Single(c => c.Family == "gamma");
        var (mu, sigma) = LogNormalParameters(lognormal);

        Assert.Equal(times.Sum(x => Exponential.PDFLn(1 / exponential.Distribution.A, x)), exponential.LogLikelihood, 6);
        Assert.Equal(times.Sum(x => LogNormal.PDFLn(mu, sigma, x)), lognormal.LogLikelihood, 6);
        Assert.Equal(times.Sum(x => Gamma.PDFLn(gamma.Distribution.B, gamma.Distribution.B / gamma.Distribution.A, x)), gamma.LogLikelihood, 6);
    }

    [Fact]
    public void The_gamma_shape_maximises_the_likelihood_of_the_raw_times_and_gamma_is_chosen()
    {
        var times = Gamma.Samples(new MersenneTwister(6), 2.5, 2.5 / 40.0).Take(Count).ToArray();
        var fit = FitOf(times);
        var mean = times.Average();
        double LogLikelihood(double shape) => times.Sum(x => Gamma.PDFLn(shape, shape / mean, x));

        Assert.Equal("gamma", fit.Family);
        var shape = fit.Chosen.B;
        Assert.True(LogLikelihood(shape) > LogLikelihood(shape * 1.001) && LogLikelihood(shape) > LogLikelihood(shape / 1.001), $"shape {shape} is not a maximum");
    }

    [Fact]
    public void The_lognormal_fit_equals_mathnets_maximum_likelihood_estimate()
    {
        var times = LogNormal.Samples(new MersenneTwister(7), Math.Log(50), 0.6).Take(Count).ToArray();
        var fit = FitOf(times);
        var estimate = LogNormal.Estimate(times);
        var (mu, sigma) = LogNormalParameters(fit.Candidates.Single(c => c.Family == "lognormal"));

        Assert.Equal("lognormal", fit.Family);
        Assert.Equal(estimate.Mu, mu, 6);
        // MathNet's estimate uses the sample variance (n − 1); the maximum-likelihood σ uses n.
        Assert.Equal(estimate.Sigma * Math.Sqrt((Count - 1.0) / Count), sigma, 6);
    }

    private static (double Mu, double Sigma) LogNormalParameters(FamilyFit fit)
    {
        var (mean, sd) = (fit.Distribution.A, fit.Distribution.B);
        var sigma2 = Math.Log(1 + (sd * sd / (mean * mean)));
        return (Math.Log(mean) - (sigma2 / 2), Math.Sqrt(sigma2));
    }

    /// <summary>Imports an extract of one incident type whose on-scene times are <paramref name="minutes"/> (to 100 ns).</summary>
    private OnSceneFit FitOf(double[] minutes)
    {
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var rows = minutes.Select((m, i) =>
        {
            var created = start.AddHours(i);
            var arrived = created.AddMinutes(10);
            var cleared = arrived.AddTicks((long)Math.Round(m * TimeSpan.TicksPerMinute));
            return string.Join(',', "emergency", "assault", "emergency", Precise(created), Precise(arrived), Precise(cleared));
        });
        var path = _folder.Write("times.csv", ExtractText.Csv(rows, "channel,incident_type,grade,created,arrived,cleared"));
        var result = CadImportService.Import(new CadImportRequest { ExtractPath = path, ForceId = "testshire" });
        return Assert.Single(result.Fit.Types).OnScene!;
    }

    private static string Precise(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture);
}
