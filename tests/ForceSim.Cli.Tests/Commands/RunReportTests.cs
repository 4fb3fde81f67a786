using System.Text.RegularExpressions;

namespace ForceSim.Cli.Tests.Commands;

public sealed class RunReportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_writes_a_self_contained_report_html_and_the_charts_as_pngs()
    {
        var output = _temp["out"];

        var result = await CliProcess.RunAsync(_temp.Path, "run", CliProcess.Scenario("validation/erlang-c.yaml"), "-r", "2", "--set", "run.horizon_days=2", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var report = Path.Combine(output, "report.html");
        Assert.True(File.Exists(report), result.ToString());
        var charts = Directory.GetFiles(Path.Combine(output, "charts"), "*.png");
        Assert.Contains(charts, c => Path.GetFileName(c) == "demand-contacts.png");
        Assert.Contains(charts, c => Path.GetFileName(c) == "queue-calls.png");
        Assert.Contains(charts, c => Path.GetFileName(c) == "grades.png");

        // Each hour-of-week chart's data sits beside it as tidy CSV: 168 hours for every line drawn.
        var weekly = File.ReadAllLines(Path.Combine(output, "charts", "demand-contacts.csv"));
        Assert.Equal("hour_of_week,day,hour,series,value", weekly[0]);
        Assert.Equal(3 * 168, weekly.Length - 1);
        Assert.StartsWith("0,Monday,0,Contacts offered per hour (left axis),", weekly[1], StringComparison.Ordinal);
        Assert.StartsWith("167,Sunday,23,", weekly[168], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "charts", "queue-calls.csv")));
        var html = File.ReadAllText(report);
        foreach (var chart in charts)
        {
            var png = File.ReadAllBytes(chart);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            Assert.Contains(Convert.ToBase64String(png), html, StringComparison.Ordinal);
        }

        // Nothing is fetched from elsewhere. The embedded images are left out of the search: base64 text can spell
        // "http" by chance (it can never hold the ':' of a URL), and that is no link.
        var withoutImages = Regex.Replace(html, "data:image/png;base64,[A-Za-z0-9+/=]+", "data:image/png;base64,", RegexOptions.None, TimeSpan.FromSeconds(10));
        Assert.DoesNotContain("http", withoutImages, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("report.html", result.Output, StringComparison.Ordinal);
    }
}
