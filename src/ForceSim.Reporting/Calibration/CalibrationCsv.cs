using System.Globalization;
using System.Text;
using ForceSim.Reporting.Sweeps;

namespace ForceSim.Reporting.Calibration;

/// <summary>The calibration's tables as CSV: fit.csv, identifiability.csv, correlations.csv and generations.csv.</summary>
public static class CalibrationCsv
{
    public static string Fit(IReadOnlyList<FitRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder("target,kind,measure,source,year,holdout,observed_as_reported,observed,predictive_median,predictive_lower_95,predictive_upper_95,inside\n");
        foreach (var r in rows)
        {
            text.Append(string.Join(',', SweepTable.Escape(r.Target), r.Kind, SweepTable.Escape(r.Measure), SweepTable.Escape(r.Source), r.Year.ToString(CultureInfo.InvariantCulture),
                r.Holdout ? "true" : "false", SweepTable.Escape(r.ObservedText), F(r.Observed), F(r.Median), F(r.Lower), F(r.Upper), r.Inside ? "true" : "false")).Append('\n');
        }

        return text.ToString();
    }

    public static string Identifiability(IReadOnlyList<ParameterWidth> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder("parameter,low,high,scenario_value,prior_lower_90,prior_upper_90,posterior_median,posterior_lower_90,posterior_upper_90,width_ratio,constrained\n");
        foreach (var r in rows)
        {
            text.Append(string.Join(',', SweepTable.Escape(r.Parameter), F(r.PriorLow), F(r.PriorHigh), F(r.ScenarioValue), F(r.PriorLower), F(r.PriorUpper),
                F(r.Median), F(r.Lower), F(r.Upper), F(r.Ratio), r.Constrained ? "true" : "false")).Append('\n');
        }

        return text.ToString();
    }

    public static string Correlations(IReadOnlyList<ParameterCorrelation> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder("first,second,correlation\n");
        foreach (var r in rows)
        {
            text.Append(string.Join(',', SweepTable.Escape(r.First), SweepTable.Escape(r.Second), F(r.Correlation))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>generations.csv: each generation's tolerance, proposals simulated, particles and effective sample size.</summary>
    public static string Generations(IReadOnlyList<(int Generation, double Tolerance, int Proposals, int Particles, double EffectiveSize)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder("generation,tolerance,proposals,particles,effective_sample_size\n");
        foreach (var r in rows)
        {
            text.Append(string.Join(',', r.Generation.ToString(CultureInfo.InvariantCulture), F(r.Tolerance), r.Proposals.ToString(CultureInfo.InvariantCulture), r.Particles.ToString(CultureInfo.InvariantCulture), F(r.EffectiveSize))).Append('\n');
        }

        return text.ToString();
    }

    private static string F(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";
}
