using System.Globalization;
using System.Text;
using ForceSim.Reporting.Tables;

namespace ForceSim.Reporting.Output;

/// <summary>comparison.csv: tidy rows of option × measure with the paired and unpaired intervals.</summary>
public static class ComparisonCsv
{
    /// <param name="paired">
    /// False for independent runs (<c>compare --unpaired</c>): there is no paired interval, so its columns are empty and
    /// only the unpaired (Welch) ones are filled.
    /// </param>
    public static string Render(IEnumerable<(string Option, IReadOnlyList<OptionDifference> Differences)> comparisons, bool paired = true)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        var text = new StringBuilder("option,measure,base_mean,option_mean,difference,paired_lower,paired_upper,unpaired_lower,unpaired_upper,distinguishable\n");
        foreach (var (option, differences) in comparisons)
        {
            foreach (var d in differences)
            {
                text.Append(Quote(option)).Append(',').Append(d.Measure).Append(',')
                    .Append(F(d.BaseMean)).Append(',').Append(F(d.OptionMean)).Append(',').Append(F(d.Difference)).Append(',')
                    .Append(paired ? F(d.Lower) : "").Append(',').Append(paired ? F(d.Upper) : "").Append(',').Append(F(d.UnpairedLower)).Append(',').Append(F(d.UnpairedUpper)).Append(',')
                    .Append(d.Distinguishable ? "true" : "false").Append('\n');
            }
        }

        return text.ToString();
    }

    private static string F(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Quote(string text) => text.Contains(',', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal)
        ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : text;
}
