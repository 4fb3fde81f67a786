using System.Globalization;

namespace ForceSim.Engine.Grading;

/// <summary>Values of graded measures in words for explanations: fractions as percentages, times with their unit.</summary>
public static class GradeText
{
    /// <summary>A value of <paramref name="measure"/>, e.g. "55.6%", "269 s"; <paramref name="threshold"/> drops a trailing ".0".</summary>
    public static string Value(MeasureExplanation measure, double value, bool threshold = false)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var c = CultureInfo.InvariantCulture;
        if (measure.Measure.EndsWith("_seconds", StringComparison.Ordinal))
        {
            return value.ToString("0", c) + " s";
        }

        if (measure.Measure.EndsWith("_minutes", StringComparison.Ordinal))
        {
            return value.ToString("0", c) + " min";
        }

        return IsFraction(measure) && value <= 1 ? Percent(value, threshold ? "0.#" : "0.0") : value.ToString("0.###", c);
    }

    /// <summary>A margin in the measure's units: percentage points for a fraction, e.g. "9.4 pts".</summary>
    public static string Margin(MeasureExplanation measure, double margin)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return IsFraction(measure) ? (margin * 100).ToString("0.0", CultureInfo.InvariantCulture) + " pts" : Value(measure, margin);
    }

    /// <summary>A fraction as a percentage, e.g. "55.6%" (or "100%" with the format "0.#").</summary>
    public static string Percent(double fraction, string format = "0.#") => (fraction * 100).ToString(format, CultureInfo.InvariantCulture) + "%";

    private static bool IsFraction(MeasureExplanation measure) =>
        !measure.Measure.EndsWith("_seconds", StringComparison.Ordinal) && !measure.Measure.EndsWith("_minutes", StringComparison.Ordinal)
        && measure.Thresholds.Values.All(t => t <= 1);
}
