using System.Globalization;
using ForceSim.Engine.Randomness;
using ForceSim.Model.Calibration;
using ForceSim.Model.Rubrics;
using ForceSim.Reporting.Calibration;
using MathNet.Numerics.Distributions;

namespace ForceSim.Experiments.Calibration;

/// <summary>
/// Reads a posterior: the fit table (posterior-predictive checks of every target, holdouts included), how much each
/// parameter is pinned down, and which parameters move together.
/// </summary>
public static class CalibrationAnalysis
{
    /// <summary>Simulated observations drawn per particle for a count or a mean, to add the observation's own sampling error.</summary>
    private const int DrawsPerParticle = 200;

    public static IReadOnlyList<FitRow> Fit(IReadOnlyList<CalibrationTarget> targets, Population posterior)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(posterior);
        var random = new SeededRandom(0x5EED_F17);
        return [.. targets.Select((t, i) => Row(t, Predictive(t, posterior, i, random)))];
    }

    public static IReadOnlyList<ParameterWidth> Widths(CalibrationPlan plan, Population posterior)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(posterior);
        var weights = posterior.Particles.Select(p => p.Weight).ToList();
        return [.. plan.Parameters.Select((p, j) =>
        {
            var values = posterior.Particles.Select(q => q.Values[j]).ToList();
            return new ParameterWidth
            {
                Parameter = p.Path,
                PriorLow = p.Low,
                PriorHigh = p.High,
                ScenarioValue = p.ScenarioValue ?? double.NaN,
                PriorLower = plan.Priors[j].Quantile(0.05),
                PriorUpper = plan.Priors[j].Quantile(0.95),
                Median = WeightedStatistics.Quantile(values, weights, 0.5),
                Lower = WeightedStatistics.Quantile(values, weights, 0.05),
                Upper = WeightedStatistics.Quantile(values, weights, 0.95),
            };
        })];
    }

    /// <summary>Every pair of parameters, strongest correlation (either sign) first.</summary>
    public static IReadOnlyList<ParameterCorrelation> Correlations(IReadOnlyList<string> parameters, Population posterior)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(posterior);
        var weights = posterior.Particles.Select(p => p.Weight).ToList();
        var pairs = new List<ParameterCorrelation>();
        for (var a = 0; a < parameters.Count; a++)
        {
            for (var b = a + 1; b < parameters.Count; b++)
            {
                var (i, j) = (a, b);
                pairs.Add(new ParameterCorrelation(parameters[a], parameters[b], WeightedStatistics.Correlation([.. posterior.Particles.Select(p => p.Values[i])], [.. posterior.Particles.Select(p => p.Values[j])], weights)));
            }
        }

        return [.. pairs.OrderByDescending(p => Math.Abs(p.Correlation)).ThenBy(p => p.First, StringComparer.Ordinal).ThenBy(p => p.Second, StringComparer.Ordinal)];
    }

    /// <summary>Weighted predictive values of a target: each particle's statistic, with the observation's sampling error for counts and means.</summary>
    private static (List<double> Values, List<double> Weights) Predictive(CalibrationTarget target, Population posterior, int index, Random random)
    {
        var values = new List<double>();
        var weights = new List<double>();
        foreach (var particle in posterior.Particles)
        {
            var statistic = particle.Statistics[index];
            if (!double.IsFinite(statistic))
            {
                continue;
            }

            if (target.Kind is TargetKind.Ordinal or TargetKind.Direction)
            {
                values.Add(statistic);
                weights.Add(particle.Weight);
                continue;
            }

            for (var d = 0; d < DrawsPerParticle; d++)
            {
                values.Add(target.Kind == TargetKind.Mean
                    ? statistic + (target.StandardError * Normal.Sample(random, 0, 1))
                    : (double)Binomial.Sample(random, Math.Clamp(statistic, 0, 1), target.Trials) / target.Trials);
                weights.Add(particle.Weight / DrawsPerParticle);
            }
        }

        return (values, weights);
    }

    private static FitRow Row(CalibrationTarget target, (List<double> Values, List<double> Weights) predictive)
    {
        var median = WeightedStatistics.Quantile(predictive.Values, predictive.Weights, 0.5);
        var lower = WeightedStatistics.Quantile(predictive.Values, predictive.Weights, 0.025);
        var upper = WeightedStatistics.Quantile(predictive.Values, predictive.Weights, 0.975);
        var inside = target.Kind switch
        {
            // A grade is inside when the nearest grade to some point of the interval is the one given.
            TargetKind.Ordinal => target.Observed >= lower - 0.5 && target.Observed <= upper + 0.5,
            // A direction is inside when most of the posterior points the observed way.
            TargetKind.Direction => double.IsFinite(median) && TargetStatistics.Holds(target, median),
            _ => target.Observed >= lower && target.Observed <= upper,
        };
        return new FitRow
        {
            Target = target.Id,
            Kind = target.Kind.ToString().ToLowerInvariant(),
            Measure = target.Kind == TargetKind.Direction ? $"{target.Measure} − {target.Than}" : target.Measure,
            Source = target.Source,
            Year = target.Year,
            Holdout = target.Holdout,
            ObservedText = Reported(target),
            Observed = target.Kind == TargetKind.Direction ? 0 : target.Observed,
            Median = median,
            Lower = lower,
            Upper = upper,
            Inside = inside,
            Scale = target.Kind == TargetKind.Direction ? Math.Max(Math.Abs(median), 1e-9) : target.Scale,
        };
    }

    private static string Reported(CalibrationTarget target)
    {
        var c = CultureInfo.InvariantCulture;
        return target.Kind switch
        {
            TargetKind.Binomial => string.Create(c, $"{target.Successes}/{target.Trials}"),
            TargetKind.Proportion => string.Create(c, $"{target.Observed:0.###} of {target.Trials}"),
            TargetKind.Mean => string.Create(c, $"{target.Mean:G4} ± {target.StandardError:G3} (se)"),
            TargetKind.Ordinal => GradeNames.Label(target.Level),
            _ => $"{(target.Higher ? "higher" : "lower")} than {target.Than}",
        };
    }
}
