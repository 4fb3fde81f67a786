using System.Globalization;
using ScottPlot;

namespace ForceSim.Reporting.Charts;

/// <summary>
/// The look every chart shares: size, font, palette and the hour-of-week axis. The font is set explicitly
/// (DejaVu Sans, from the fonts-dejavu-core package) because without an installed font ScottPlot draws no text.
/// </summary>
public static class ChartStyle
{
    public const int Width = 1000;

    public const int Height = 520;

    public const string FontName = "DejaVu Sans";

    /// <summary>Colour-blind-safe series colours (Okabe–Ito).</summary>
    public static IReadOnlyList<Color> Palette { get; } =
    [
        Color.FromHex("#0072B2"),
        Color.FromHex("#E69F00"),
        Color.FromHex("#009E73"),
        Color.FromHex("#D55E00"),
        Color.FromHex("#CC79A7"),
        Color.FromHex("#56B4E9"),
        Color.FromHex("#F0E442"),
        Color.FromHex("#000000"),
    ];

    public static Color Series(int index) => Palette[index % Palette.Count];

    public static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title, 18);
        plot.XLabel(xLabel, 14);
        plot.YLabel(yLabel, 14);
        return plot;
    }

    /// <summary>Renders to PNG bytes, applying the font last so it reaches every label added before.</summary>
    public static byte[] ToPng(Plot plot, int width = Width, int height = Height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Font.Set(FontName);
        plot.Legend.FontName = FontName;
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>Puts "no data" in the middle of an empty chart so it still says what it would have shown.</summary>
    public static void NoData(Plot plot, string message)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var text = plot.Add.Text(message, 0.5, 0.5);
        text.LabelFontName = FontName;
        text.LabelFontSize = 16;
        text.Alignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(0, 1, 0, 1);
    }

    /// <summary>Hour-of-week axis, Monday 00:00 first: a label per day, a light line at each midnight.</summary>
    public static void WeekAxis(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        string[] days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        for (var d = 0; d < 7; d++)
        {
            ticks.AddMajor((d * 24) + 12, days[d]);
            ticks.AddMinor(d * 24);
            if (d > 0)
            {
                plot.Add.VerticalLine(d * 24, 1, Colors.Gray.WithAlpha(0.5), LinePattern.Dotted);
            }
        }

        ticks.AddMinor(168);
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.SetLimitsX(0, 168);
    }

    /// <summary>Category ticks on an axis: one label per position.</summary>
    public static ScottPlot.TickGenerators.NumericManual Categories(IEnumerable<(double Position, string Label)> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        foreach (var (position, label) in labels)
        {
            ticks.AddMajor(position, label);
        }

        return ticks;
    }

    public static string Number(double value, string format = "0.#") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Percent(double fraction) => Tables.MeasureFormat.Percent(fraction);
}
