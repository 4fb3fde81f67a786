using System.Globalization;
using System.Text;
using ForceSim.Reporting.Sweeps;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Posteriors;

/// <summary>
/// A sweep with <c>--posterior</c>: each variant's split of each kept measure's spread into parameter uncertainty and
/// replication noise. Written as its own tidy file (posterior-split.csv) so sweep.csv and variants.csv keep their shape.
/// </summary>
public static class SweepPosteriorSplit
{
    public const string FileName = "posterior-split.csv";

    /// <summary><c>variant,measure,mean,sd_total,sd_replication_noise,sd_parameters,parameter_share</c>, one row per variant and measure.</summary>
    public static string Csv(IReadOnlyList<SortedDictionary<string, ParameterSplit>> variants)
    {
        ArgumentNullException.ThrowIfNull(variants);
        var text = new StringBuilder("variant,measure,mean,sd_total,sd_replication_noise,sd_parameters,parameter_share\n");
        for (var v = 0; v < variants.Count; v++)
        {
            foreach (var (name, s) in variants[v])
            {
                text.Append(v.ToString(CultureInfo.InvariantCulture)).Append(',').Append(SweepTable.Escape(name))
                    .Append(string.Concat(new[] { s.Mean, s.TotalSd, s.NoiseSd, s.ParameterSd, s.ParameterShare }.Select(x => "," + SweepTable.Format(x))))
                    .Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// One sentence for the terminal and the report: for the headline measures (or the first three kept), the median share
    /// of variance that is parameter uncertainty over the variants, and its range.
    /// </summary>
    public static string Sentence(string posteriorFile, IReadOnlyList<SortedDictionary<string, ParameterSplit>> variants)
    {
        ArgumentNullException.ThrowIfNull(variants);
        var names = variants.SelectMany(v => v.Keys).Distinct().ToList();
        var headline = MeasureCatalog.Headline.Select(m => m.Name).Where(names.Contains).ToList();
        var shown = headline.Count > 0 ? headline : [.. names.Order(StringComparer.Ordinal).Take(3)];
        var parts = shown.Select(name =>
        {
            var shares = variants.Where(v => v.ContainsKey(name)).Select(v => v[name].ParameterShare).Order().ToList();
            var median = shares.Count % 2 == 1 ? shares[shares.Count / 2] : (shares[(shares.Count / 2) - 1] + shares[shares.Count / 2]) / 2;
            return $"{MeasureLabels.InSentence(name)} {MeasureFormat.Percent(median)} ({MeasureFormat.Percent(shares[0])}–{MeasureFormat.Percent(shares[^1])})";
        });
        return shown.Count == 0
            ? $"Posterior {posteriorFile}: too few replications to split the spread into parameter uncertainty and replication noise."
            : $"Posterior {posteriorFile}: twin replications split each variant's spread; parameter uncertainty is, as a median over {variants.Count} variant(s) (and range), this share of the variance: "
              + string.Join("; ", parts) + $". The rest is replication noise. Every variant and measure: {FileName}.";
    }
}
