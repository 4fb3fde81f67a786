using System.Globalization;
using System.Text;
using ForceSim.Engine.Running;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Output;

/// <summary>
/// summary.csv: one row per measure with its mean, 95% interval, replications and the interval's method; a measure
/// with nothing to measure keeps its row, with empty figures and a note saying why.
/// </summary>
public static class SummaryCsv
{
    public static string Render(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder("measure,mean,ci95_lower,ci95_upper,n,ci_method,note\n");
        foreach (var (name, s) in result.Summary)
        {
            var method = s.Lower is null ? "" : s.Bootstrapped ? "percentile_bootstrap" : "t";
            text.Append(name).Append(',').Append(Format(s.Mean)).Append(',').Append(Format(s.Lower)).Append(',').Append(Format(s.Upper)).Append(',')
                .Append(s.N.ToString(CultureInfo.InvariantCulture)).Append(',').Append(method).Append(',')
                .Append(s.Mean is null ? EmptyMeasure.Text(name) : "").Append('\n');
        }

        return text.ToString();
    }

    private static string Format(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";
}
