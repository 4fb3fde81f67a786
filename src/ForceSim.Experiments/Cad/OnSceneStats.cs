using ForceSim.Model.Distributions;
using ForceSim.Reporting.Cad;
using MathNet.Numerics;
using MathNet.Numerics.RootFinding;

namespace ForceSim.Experiments.Cad;

/// <summary>
/// On-scene times of one incident type kept as sufficient statistics (count, Σx, Σx², Σln x, Σ(ln x)²), which is all
/// the maximum-likelihood fits of the exponential, lognormal and gamma families need: an import holds a few numbers
/// per type however long the extract is. Those are the families a scenario can write with a mean, so the chosen fit
/// goes into the fragment as it is; the family with the least AIC is chosen.
/// </summary>
internal sealed class OnSceneStats
{
    /// <summary>Times below a second are taken as a second in the log terms (a zero on-scene time has no logarithm).</summary>
    private const double FloorMinutes = 1.0 / 60;

    private long _n;
    private double _sum;
    private double _sumSquares;
    private double _sumLog;
    private double _sumLogSquares;

    public long Count => _n;

    public void Add(double minutes)
    {
        var log = Math.Log(Math.Max(minutes, FloorMinutes));
        _n++;
        _sum += minutes;
        _sumSquares += minutes * minutes;
        _sumLog += log;
        _sumLogSquares += log * log;
    }

    /// <summary>The fit, or null when there are no times.</summary>
    public OnSceneFit? Fit()
    {
        if (_n == 0)
        {
            return null;
        }

        var n = (double)_n;
        var mean = _sum / n;
        var variance = Math.Max(0, (_sumSquares / n) - (mean * mean));
        var sd = _n > 1 ? Math.Sqrt(variance * n / (n - 1)) : 0;
        var logMean = _sumLog / n;
        var logVariance = (_sumLogSquares / n) - (logMean * logMean);
        if (_n < 2 || mean <= 0 || logVariance <= 1e-12)
        {
            return new OnSceneFit(Distribution.Constant(mean), "constant", _n, mean, sd, []);
        }

        FamilyFit[] candidates = [Exponential(n, mean), LogNormal(n, logMean, logVariance), Gamma(n, mean, logMean)];
        var best = candidates.MinBy(c => c.Aic)!;
        return new OnSceneFit(best.Distribution, best.Family, _n, mean, sd, candidates);
    }

    /// <summary>MLE: the sample mean; ln L = −n ln(mean) − n.</summary>
    private static FamilyFit Exponential(double n, double mean)
    {
        var logLikelihood = (-n * Math.Log(mean)) - n;
        return new FamilyFit("exponential", Distribution.Exponential(mean), logLikelihood, Aic(1, logLikelihood));
    }

    /// <summary>MLE: μ and σ² are the mean and (population) variance of ln x.</summary>
    private FamilyFit LogNormal(double n, double mu, double sigma2)
    {
        var logLikelihood = -_sumLog - (n / 2 * Math.Log(2 * Math.PI * sigma2)) - (n / 2);
        var mean = Math.Exp(mu + (sigma2 / 2));
        var sd = mean * Math.Sqrt(Math.Exp(sigma2) - 1);
        return new FamilyFit("lognormal", Distribution.LogNormal(mean, sd), logLikelihood, Aic(2, logLikelihood));
    }

    /// <summary>MLE: the shape k solves ln k − ψ(k) = ln(mean) − mean(ln x); the scale is mean / k.</summary>
    private FamilyFit Gamma(double n, double mean, double logMean)
    {
        var s = Math.Max(Math.Log(mean) - logMean, 1e-9);
        var guess = (3 - s + Math.Sqrt(((s - 3) * (s - 3)) + (24 * s))) / (12 * s); // Minka's start, within 1.5% of the root
        var shape = Brent.FindRoot(k => Math.Log(k) - SpecialFunctions.DiGamma(k) - s, guess / 2, guess * 2, 1e-10, 200);
        var scale = mean / shape;
        var logLikelihood = ((shape - 1) * _sumLog) - (_sum / scale) - (n * shape * Math.Log(scale)) - (n * SpecialFunctions.GammaLn(shape));
        return new FamilyFit("gamma", Distribution.Gamma(mean, shape), logLikelihood, Aic(2, logLikelihood));
    }

    private static double Aic(int parameters, double logLikelihood) => (2 * parameters) - (2 * logLikelihood);
}
