using ForceSim.Model.Rubrics;
using ForceSim.Reporting.Charts;

namespace ForceSim.Reporting.Tests.Charts;

public sealed class ChartRenderingTests
{
    private static readonly TornadoBar WithIntervals = new("Units ±10%", 0.55, 0.69)
    {
        LowInterval = new ValueInterval(0.52, 0.58),
        HighInterval = new ValueInterval(0.66, 0.72),
    };

    private static readonly Dictionary<string, Func<byte[]>> Charts = new(StringComparer.Ordinal)
    {
        ["attendance"] = () => AttendanceChart.Render(new AttendanceDistribution("Emergency", 0.1, Exponential(0.1, 14400, 12), 3, [new("urban", 15), new("rural", 20)])),
        ["attendance in hours"] = () => AttendanceChart.Render(new AttendanceDistribution("Scheduled", 1, Exponential(1, 20160, 600), 0, [new("", 2880)])),
        ["attendance with nothing attended"] = () => AttendanceChart.Render(new AttendanceDistribution("Priority", 1, new long[100], 0, [new("", 60)])),
        ["contact demand"] = () => WeeklyChart.ContactDemand(Wave(60, 30), Wave(20, 8), Wave(14, 6)),
        ["response demand"] = () => WeeklyChart.ResponseDemand(Wave(25, 5), Wave(18, 6), Wave(4, 4)),
        ["queues with unobserved hours"] = () => WeeklyChart.Render("Calls waiting", "Callers waiting", [new("999", [.. Wave(2, 2).Select((v, h) => h < 48 ? v : double.NaN)])]),
        ["grades"] = () => GradeChart.Render(
        [
            new("Responding to the public", Grades((InspectionGrade.Good, 0.7), (InspectionGrade.Adequate, 0.3)), Grades((InspectionGrade.Good, 0.4), (InspectionGrade.Adequate, 0.6))),
            new("Investigating crime", Grades((InspectionGrade.RequiresImprovement, 1)), Grades((InspectionGrade.RequiresImprovement, 0.8), (InspectionGrade.Inadequate, 0.2))),
        ]),
        ["comparison"] = () => ComparisonChart.Render("Baseline",
        [
            new("Ten more handlers", [new("999 answered within 10 s", 6.5, 5.9, 7.1), new("Attended within target", 0.4, -0.3, 1.1)]),
            new("Five more units", [new("999 answered within 10 s", 0.1, -0.2, 0.4), new("Attended within target", 4.2, 3.1, 5.3)]),
        ], "percentage points"),
        ["grade shift"] = () => GradeShiftChart.Render("inspection sample", ["Baseline", "Ten more handlers", "Five more units"],
        [
            new("Responding to the public", [Grades((InspectionGrade.Adequate, 1)), Grades((InspectionGrade.Good, 0.4), (InspectionGrade.Adequate, 0.6)), Grades((InspectionGrade.Good, 0.9), (InspectionGrade.Adequate, 0.1))]),
            new("Investigating crime", [Grades((InspectionGrade.RequiresImprovement, 1)), Grades((InspectionGrade.RequiresImprovement, 1)), Grades((InspectionGrade.Inadequate, 0.5), (InspectionGrade.RequiresImprovement, 0.5))]),
        ]),
        ["attendance comparison"] = () => AttendanceComparisonChart.Render("Emergency",
            [new("Baseline", 0.1, Exponential(0.1, 14400, 14), 3), new("Five more units", 0.1, Exponential(0.1, 14400, 11), 1)], [new("urban", 15), new("rural", 20)]),
        ["attendance comparison in hours"] = () => AttendanceComparisonChart.Render("Scheduled",
            [new("Baseline", 1, Exponential(1, 20160, 900), 0), new("Desk resolution", 1, Exponential(1, 20160, 600), 0)], [new("", 2880)]),
        ["attendance comparison with nothing attended"] = () => AttendanceComparisonChart.Render("Priority", [new("Baseline", 1, new long[100], 0)], [new("", 60)]),
        ["frontier"] = () => FrontierChart.Render([new(0, 0.62, "base"), new(180_000, 0.70, "+5 handlers"), new(420_000, 0.75, "+4 units"), new(900_000, 0.77, "+10 investigators")], "Attended within target (share)"),
        ["tornado"] = () => TornadoChart.Render([new("Call handlers ±10%", 0.58, 0.66), new("Units ±10%", 0.55, 0.69), new("Travel speed ±10%", 0.61, 0.63)], 0.62, "Attended within target (share)"),
        ["tornado with intervals"] = () => TornadoChart.Render([WithIntervals], 0.62, "Attended within target (share)"),
        ["empty frontier"] = () => FrontierChart.Render([], "Objective"),
    };

    public static TheoryData<string> ChartNames => [.. Charts.Keys];

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Every_chart_is_a_png_with_something_drawn_on_it(string chart)
    {
        var pixels = new PngPixels(Charts[chart]());

        Assert.True(pixels.Width >= 800 && pixels.Height >= 400, $"{pixels.Width}×{pixels.Height}");
        Assert.True(pixels.DistinctColours > 20, $"{chart}: only {pixels.DistinctColours} colours");
        Assert.True(pixels.InkShare > 0.01, $"{chart}: {pixels.InkShare:P1} of pixels drawn");
    }

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Every_chart_has_its_title_drawn_in_dark_text_so_a_missing_font_fails(string chart)
    {
        var pixels = new PngPixels(Charts[chart]());

        Assert.True(pixels.DarkPixelsInTitle > 100, $"{chart}: {pixels.DarkPixelsInTitle} dark pixels in the title band");
    }

    [Fact]
    public void The_grade_chart_draws_taller_bars_for_likelier_grades()
    {
        var certain = new PngPixels(GradeChart.Render([new("Area", Grades((InspectionGrade.Good, 1)), Grades((InspectionGrade.Good, 1)))]));
        var unlikely = new PngPixels(GradeChart.Render([new("Area", Grades((InspectionGrade.Good, 0.1)), Grades((InspectionGrade.Good, 0.1)))]));

        Assert.True(certain.InkShare > unlikely.InkShare, $"{certain.InkShare:P1} vs {unlikely.InkShare:P1}");
    }

    private static long[] Exponential(double binWidth, int bins, double mean)
    {
        var counts = new long[bins];
        for (var i = 0; i < counts.Length; i++)
        {
            var x = (i + 0.5) * binWidth;
            counts[i] = (long)Math.Round(100_000 * binWidth / mean * Math.Exp(-x / mean));
        }

        return counts;
    }

    private static double[] Wave(double mean, double amplitude) =>
        [.. Enumerable.Range(0, 168).Select(h => mean + (amplitude * Math.Sin((h - 6) / 24.0 * 2 * Math.PI)))];

    private static Dictionary<InspectionGrade, double> Grades(params (InspectionGrade Grade, double P)[] probabilities) =>
        probabilities.ToDictionary(p => p.Grade, p => p.P);

    [Fact]
    public void A_tornado_bar_s_intervals_are_drawn_as_error_bars_beyond_the_bar()
    {
        var without = new PngPixels(TornadoChart.Render([WithIntervals with { LowInterval = null, HighInterval = null }], 0.62, "Attended within target (share)"));
        var with = new PngPixels(TornadoChart.Render([WithIntervals], 0.62, "Attended within target (share)"));

        var (dark, darkWithout) = (with.DarkPixels(0, 0, with.Width, with.Height), without.DarkPixels(0, 0, without.Width, without.Height));
        Assert.True(dark > darkWithout + 200, $"{dark} dark pixels with intervals, {darkWithout} without");
    }
}
