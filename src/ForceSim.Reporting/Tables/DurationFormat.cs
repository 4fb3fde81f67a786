using System.Globalization;

namespace ForceSim.Reporting.Tables;

/// <summary>
/// Waits shown in the unit a person would use for their size: seconds under two minutes, minutes under two hours, hours
/// under two days, days beyond. One place decides, so a table, a chart and a sentence never disagree.
/// </summary>
public static class DurationFormat
{
    private const double MinutesPerHour = 60;
    private const double MinutesPerDay = 1440;

    /// <summary>The unit a duration of <paramref name="minutes"/> reads best in (the size, not the sign, decides).</summary>
    public static DurationUnit UnitFor(double minutes)
    {
        var size = Math.Abs(minutes);
        return size < 2 ? DurationUnit.Seconds
            : size < 2 * MinutesPerHour ? DurationUnit.Minutes
            : size < 2 * MinutesPerDay ? DurationUnit.Hours
            : DurationUnit.Days;
    }

    /// <summary>A table cell: "4.0 s", "16.3 min", "11.0 h", "131 days" (days below ten keep a decimal).</summary>
    public static string Cell(double minutes) => Cell(minutes, UnitFor(minutes));

    /// <summary>A table cell in a chosen unit, so both ends of an interval read in the same one.</summary>
    public static string Cell(double minutes, DurationUnit unit)
    {
        var c = CultureInfo.InvariantCulture;
        return unit switch
        {
            DurationUnit.Seconds => (minutes * 60).ToString("0.0", c) + " s",
            DurationUnit.Minutes => minutes.ToString("0.0", c) + " min",
            DurationUnit.Hours => (minutes / MinutesPerHour).ToString("0.0", c) + " h",
            _ => Days(minutes / MinutesPerDay),
        };
    }

    /// <summary>A duration in a sentence: "40 seconds", "4½ minutes", "16 minutes", "1 hour", "1½ hours", "131 days".</summary>
    public static string Words(double minutes)
    {
        var size = Math.Abs(minutes);
        if (size >= MinutesPerHour && size < MinutesPerDay && size % MinutesPerHour == 0)
        {
            return Count(size / MinutesPerHour, "hour"); // a target of 60 minutes is "1 hour" to a person
        }

        return UnitFor(minutes) switch
        {
            DurationUnit.Seconds => Count(Math.Round(size * 60), "second"),
            DurationUnit.Minutes => Halves(size, "minute"),
            DurationUnit.Hours => Halves(size / MinutesPerHour, "hour"),
            _ => Halves(size / MinutesPerDay, "day"),
        };
    }

    private static string Days(double days)
    {
        var c = CultureInfo.InvariantCulture;
        var text = Math.Abs(days) < 10 ? days.ToString("0.0", c) : days.ToString("#,0", c);
        return text + (text is "1.0" ? " day" : " days");
    }

    /// <summary>Below ten, to the nearest half ("4½ minutes"); from ten, whole ("16 minutes").</summary>
    private static string Halves(double value, string noun)
    {
        if (value >= 10)
        {
            return Count(Math.Round(value), noun);
        }

        var halves = Math.Round(value * 2);
        var whole = Math.Floor(halves / 2);
        var text = (whole == 0 ? "" : whole.ToString("0", CultureInfo.InvariantCulture)) + (halves % 2 == 1 ? "½" : "");
        return text.Length == 0 ? $"under half a {noun}" : $"{text} {noun}{(halves == 2 ? "" : "s")}";
    }

    private static string Count(double value, string noun) =>
        $"{value.ToString("#,0", CultureInfo.InvariantCulture)} {noun}{(value == 1 ? "" : "s")}";
}
