using System.Diagnostics;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Running;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Report;
using ForceSim.Reporting.Tables;
using ForceSim.Reporting.Tests.Charts;

namespace ForceSim.Reporting.Tests.Report;

/// <summary>A real short run of the Erlang C scenario with its tallies kept, rendered once for every report test.</summary>
public sealed class ReportFixture : IAsyncLifetime
{
    private const string ShippedScenario = "validation/erlang-c.yaml";

    public ReportFixture()
    {
        Scenario = TestScenarios.Load(ShippedScenario).WithHorizonDays(3).WithReplications(2);
    }

    public static string ScenarioFile { get; } = RepositoryPaths.Scenario(ShippedScenario);

    public Scenario Scenario { get; }

    public ExperimentResult Result { get; private set; } = null!;

    public IReadOnlyList<ReportChart> Charts { get; private set; } = [];

    public string Html { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var model = new CompiledScenario(Scenario);
        Result = await ExperimentRunner.RunAsync(Scenario, new ExperimentOptions { KeepTallies = true });
        Charts = RunCharts.Build(Scenario, model.Rubric, Result, [.. Result.Replications.Select(r => r.Tally!)]);
        Html = RunReport.Render(Scenario, ScenarioFile, model.Rubric, Result, Charts);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

public sealed class RunReportTests : IClassFixture<ReportFixture>
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ComparedMeasures = ["contact.emergency_answered_within_10s", "contact.handler_utilisation"];

    private readonly ReportFixture _report;

    public RunReportTests(ReportFixture report) => _report = report;

    [Fact]
    public void The_run_charts_cover_demand_queues_and_grades()
    {
        var names = _report.Charts.Select(c => c.FileName).ToList();

        Assert.Contains("demand-contacts.png", names);
        Assert.Contains("demand-response.png", names);
        Assert.Contains("queue-calls.png", names);
        Assert.Contains("queue-incidents.png", names);
        Assert.Contains("grades.png", names);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void Every_run_chart_has_pixels_drawn_and_a_title_in_dark_text()
    {
        foreach (var chart in _report.Charts)
        {
            var pixels = new PngPixels(chart.Png);
            Assert.True(pixels.DistinctColours > 20, $"{chart.FileName}: {pixels.DistinctColours} colours");
            Assert.True(pixels.DarkPixelsInTitle > 100, $"{chart.FileName}: {pixels.DarkPixelsInTitle} dark pixels in the title band");
        }
    }

    [Fact]
    public void The_report_embeds_every_chart_as_a_data_uri()
    {
        foreach (var chart in _report.Charts)
        {
            Assert.Contains($"src=\"data:image/png;base64,{Convert.ToBase64String(chart.Png)}\"", _report.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_report_makes_no_external_request()
    {
        Assert.DoesNotContain("http://", _report.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", _report.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", _report.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", _report.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_report_has_the_scenario_headline_measures_grades_samples_and_every_method_heading()
    {
        Assert.Contains("<h1>Validation - Erlang C (M/M/10, rho 0.8)</h1>", _report.Html, StringComparison.Ordinal);
        Assert.Contains("<h2>Headline measures</h2>", _report.Html, StringComparison.Ordinal);
        Assert.Contains("999 answered within 10 s", _report.Html, StringComparison.Ordinal);
        Assert.Contains("<h2>Likely grades</h2>", _report.Html, StringComparison.Ordinal);
        Assert.Contains("<h2>Inspection samples</h2>", _report.Html, StringComparison.Ordinal);
        Assert.Contains("<h2>Method</h2>", _report.Html, StringComparison.Ordinal);
        foreach (var heading in MethodSection.Headings)
        {
            Assert.Contains($"<h3>{heading}</h3>", _report.Html, StringComparison.Ordinal);
        }

        Assert.Contains("docs/sources.md", _report.Html, StringComparison.Ordinal);
        Assert.Contains("Student <i>t</i>", _report.Html, StringComparison.Ordinal);
        Assert.Contains("Wilson", _report.Html, StringComparison.Ordinal);
        Assert.Contains("(seed, replication, logical process, purpose)", _report.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_comparison_report_embeds_the_option_chart_and_the_paired_method()
    {
        var baseline = _report.Result;
        // The base against itself, as a paired comparison gives it: no change, and a zero-width paired interval.
        var differences = ComparedMeasures
            .Select(m => baseline.Summary[m].Mean)
            .Select((mean, i) => new OptionDifference(ComparedMeasures[i], mean, mean, 0, 0, 0, null, null))
            .ToList();
        var options = new List<(string, IReadOnlyList<OptionDifference>)> { ("Same again", (IReadOnlyList<OptionDifference>)differences) };
        var chart = CompareReport.Chart(baseline.ScenarioName, options);

        var html = CompareReport.Render(_report.Scenario, ReportFixture.ScenarioFile, options, [chart]);

        Assert.Contains(chart.DataUri, html, StringComparison.Ordinal);
        Assert.Contains("common random numbers", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.True(new PngPixels(chart.Png).DarkPixelsInTitle > 100);
    }

    [Fact]
    public void The_report_files_are_report_html_and_one_png_per_chart()
    {
        var directory = Path.Combine(Path.GetTempPath(), "forcesim-report-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var written = ReportFiles.Write(directory, _report.Html, _report.Charts);

            Assert.Equal(Path.Combine(directory, "report.html"), written[0]);
            Assert.Equal(_report.Html, File.ReadAllText(written[0]));
            foreach (var chart in _report.Charts)
            {
                Assert.Equal(chart.Png, File.ReadAllBytes(Path.Combine(directory, "charts", chart.FileName)));
            }

            Assert.Empty(Directory.GetFiles(directory, "*.tmp", SearchOption.AllDirectories));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [SkippableChromiumFact]
    public async Task Headless_chromium_renders_the_report_to_a_screenshot_that_is_not_blank()
    {
        var directory = Path.Combine(Path.GetTempPath(), "forcesim-report-tests", Guid.NewGuid().ToString("N"));
        var profile = Path.Combine(directory, "profile");
        Directory.CreateDirectory(profile);
        try
        {
            var report = Path.Combine(directory, "report.html");
            File.WriteAllText(report, _report.Html);
            var screenshot = Path.Combine(directory, "screenshot.png");
            var start = new ProcessStartInfo(Chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--user-data-dir={profile}",
                $"--screenshot={screenshot}", "--window-size=1280,2400", new Uri(report).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await process.WaitForExitAsync(deadline.Token);

            Assert.True(File.Exists(screenshot), $"no screenshot; chromium exited {process.ExitCode}: {await stderr}{await stdout}");
            var pixels = new PngPixels(File.ReadAllBytes(screenshot));
            Assert.Equal(1280, pixels.Width);
            Assert.True(pixels.DistinctColours > 50, $"{pixels.DistinctColours} colours");
            Assert.True(pixels.InkShare > 0.02, $"{pixels.InkShare:P1} drawn");
            Assert.True(pixels.DarkPixels(0, 0, 1280, 120) > 200, "the heading is not drawn");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Runs only where Chromium is installed (.ci/run installs it); elsewhere skips with the reason.</summary>
    private sealed class SkippableChromiumFactAttribute : FactAttribute
    {
        public SkippableChromiumFactAttribute()
        {
            if (!File.Exists(Chromium))
            {
                Skip = $"{Chromium} is not installed (apt-get install chromium), so the report cannot be rendered headless.";
            }
        }
    }
}
