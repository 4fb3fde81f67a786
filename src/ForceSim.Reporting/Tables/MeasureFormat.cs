using System.Globalization;

namespace ForceSim.Reporting.Tables;

/// <summary>
/// Formats values for people: percentages with one decimal ("57.4%") everywhere, waits in seconds, minutes, hours or
/// days as fits their size (<see cref="DurationFormat"/>), and pounds.
/// </summary>
public static class MeasureFormat
{
    public static string Value(double? value, MeasureUnit unit)
    {
        if (value is not { } v)
        {
            return "–";
        }

        return unit switch
        {
            MeasureUnit.Seconds or MeasureUnit.Minutes => DurationFormat.Cell(Minutes(v, unit)),
            _ => Plain(v, unit),
        };
    }

    /// <summary>An interval; both ends of a wait are shown in the unit the larger end needs, so they read side by side.</summary>
    public static string Interval(double? lower, double? upper, MeasureUnit unit)
    {
        if (lower is not { } lo || upper is not { } hi)
        {
            return "–";
        }

        if (unit is MeasureUnit.Seconds or MeasureUnit.Minutes)
        {
            var shown = DurationFormat.UnitFor(Math.Max(Math.Abs(Minutes(lo, unit)), Math.Abs(Minutes(hi, unit))));
            return $"{DurationFormat.Cell(Minutes(lo, unit), shown)} – {DurationFormat.Cell(Minutes(hi, unit), shown)}";
        }

        return $"{Plain(lo, unit)} – {Plain(hi, unit)}";
    }

    /// <summary>A change between two runs as every table shows it: "+2.1 pts" for a proportion, "−45.0 s" for a time; "–" when unknown.</summary>
    public static string Change(double? value, MeasureUnit unit)
    {
        if (value is not { } v)
        {
            return "–";
        }

        var text = Value(Math.Abs(v), unit);
        return (v < 0 ? "−" : "+") + (unit == MeasureUnit.Fraction ? text.Replace("%", " pts", StringComparison.Ordinal) : text);
    }

    /// <summary>A proportion as every table shows it: 0.574 → "57.4%".</summary>
    public static string Percent(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static double Minutes(double value, MeasureUnit unit) => unit == MeasureUnit.Seconds ? value / 60 : value;

    private static string Plain(double v, MeasureUnit unit) => unit switch
    {
        MeasureUnit.Fraction => Percent(v),
        MeasureUnit.Pounds => "£" + (v / 1e6).ToString("0.00", CultureInfo.InvariantCulture) + "M",
        _ => v.ToString("0.###", CultureInfo.InvariantCulture),
    };
}
