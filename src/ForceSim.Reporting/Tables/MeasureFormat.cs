using System.Globalization;

namespace ForceSim.Reporting.Tables;

/// <summary>Formats values for people: percentages, seconds, minutes and pounds.</summary>
public static class MeasureFormat
{
    public static string Value(double? value, MeasureUnit unit)
    {
        if (value is not { } v)
        {
            return "–";
        }

        var c = CultureInfo.InvariantCulture;
        return unit switch
        {
            MeasureUnit.Fraction => (v * 100).ToString("0.0", c) + "%",
            MeasureUnit.Seconds => v.ToString("0.0", c) + " s",
            MeasureUnit.Minutes => v.ToString("0.0", c) + " min",
            MeasureUnit.Pounds => "£" + (v / 1e6).ToString("0.00", c) + "M",
            _ => v.ToString("0.###", c),
        };
    }

    public static string Interval(double? lower, double? upper, MeasureUnit unit) =>
        lower is null || upper is null ? "–" : $"{Value(lower, unit)} – {Value(upper, unit)}";
}
