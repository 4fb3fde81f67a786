using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ForceSim.Engine.Measures;
using ForceSim.Experiments.Comparing;
using ForceSim.Experiments.Tests.Support;
using SkiaSharp;

namespace ForceSim.Experiments.Tests.Comparing;

/// <summary>
/// <c>compare</c>'s report.html beyond the change chart: the grade-probability shift, the base's and the option's
/// attendance times on one chart, and the cost per point gained, computed from the comparison's own numbers.
/// </summary>
public sealed class CompareReportChartsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_report_draws_the_grade_shift_and_the_attendance_of_base_and_option_and_prices_each_point_gained()
    {
        var basePath = ScenarioCopies.Copy(_temp, "cambridgeshire-2022.yaml", "base.yaml", "  horizon_days: 365 ", "  horizon_days: 20  ");
        var option = ScenarioCopies.Write(_temp, "more.yaml", """
            extends: base.yaml
            name: More units
            forces:
              - id: cambridgeshire
                response:
                  shifts:
                    - {name: early, start_hour: 7, hours: 10, units: 40}
                    - {name: late, start_hour: 14, hours: 10, units: 44}
                    - {name: night, start_hour: 22, hours: 10, units: 34}
            """);

        var outcome = await CompareService.RunAsync(new CompareRequest { BasePath = basePath, OptionPaths = [option], Replications = 2, OutputDirectory = _temp["out"] });

        var html = WebUtility.HtmlDecode(File.ReadAllText(outcome.ReportFile));
        foreach (var chart in new[] { "grade-shift-population", "grade-shift-inspection", "attendance-compare-emergency", "attendance-compare-priority" })
        {
            Assert.Contains($"<figure id=\"{chart}\">", html, StringComparison.Ordinal);
            AssertDrawn(chart, File.ReadAllBytes(Path.Combine(outcome.Directory, "charts", chart + ".png")));
        }

        // Cost per point: the option's own cost change over its own points gained, as the report prints it.
        var differences = Assert.Single(outcome.Options).Differences;
        var cost = differences.Single(d => d.Measure == MeasureNames.AnnualCost).Difference!.Value;
        var attended = differences.Single(d => d.Measure == MeasureNames.AttendanceWithinTarget);
        Assert.True(cost > 0 && attended.Difference > 0, $"cost {cost}, attendance change {attended.Difference}");
        var perPoint = cost / (100 * attended.Difference!.Value);
        Assert.Contains($"changes the annual staff cost by £{cost.ToString("N0", CultureInfo.InvariantCulture)}", html, StringComparison.Ordinal);
        Assert.Contains($"<td>Attended within the grade given's target</td><td class=\"num\">{(100 * attended.Difference.Value).ToString("+0.00", CultureInfo.InvariantCulture)}</td>", html, StringComparison.Ordinal);
        Assert.Matches(AttendedRow(perPoint.ToString("N0", CultureInfo.InvariantCulture)), html);
    }

    /// <summary>Varied content and dark (text-coloured) pixels in the title band, so a blank chart or a missing font fails.</summary>
    private static void AssertDrawn(string chart, byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        Assert.True(bitmap.Width >= 800 && bitmap.Height >= 400, $"{chart}: {bitmap.Width}×{bitmap.Height}");
        var pixels = bitmap.Pixels;
        Assert.True(pixels.Distinct().Count() > 20, $"{chart}: too few colours");
        var dark = 0;
        for (var y = 0; y < 45; y++)
        {
            for (var x = bitmap.Width / 10; x < bitmap.Width * 9 / 10; x++)
            {
                var p = pixels[(y * bitmap.Width) + x];
                dark += p.Red < 90 && p.Green < 90 && p.Blue < 90 && p.Alpha > 200 ? 1 : 0;
            }
        }

        Assert.True(dark > 100, $"{chart}: {dark} dark pixels in the title band");
    }

    private static Regex AttendedRow(string perPoint) =>
        new($"<td>Attended within the grade given's target</td><td class=\"num\">[^<]+</td><td class=\"num\">[^<]+</td><td class=\"num\">£{Regex.Escape(perPoint)}</td>");
}
