using ForceSim.Cli.Tests.Commands;

namespace ForceSim.Cli.Tests.Terminal;

public sealed class RunSummaryOutputTests : IClassFixture<RunCommandTests.ErlangRun>
{
    private readonly RunCommandTests.ErlangRun _run;

    public RunSummaryOutputTests(RunCommandTests.ErlangRun run) => _run = run;

    [Fact]
    public void The_run_output_opens_with_the_summary_before_any_table()
    {
        var output = _run.Result.StandardOutput;
        var summary = output.IndexOf("In brief", StringComparison.Ordinal);

        Assert.True(summary > 0, output);
        Assert.True(summary < output.IndexOf('╭', StringComparison.Ordinal), output);
        Assert.Contains("of 999 calls are answered within 10 seconds (the national standard is 90%)", CliProcess.Collapse(output), StringComparison.Ordinal);
        Assert.Contains("Likely graded", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_run_report_opens_with_the_same_summary_before_its_first_table()
    {
        var html = File.ReadAllText(Path.Combine(_run.Output, "report.html"));
        var summary = html.IndexOf("<h2>In brief</h2>", StringComparison.Ordinal);

        Assert.True(summary > 0 && summary < html.IndexOf("<table", StringComparison.Ordinal));
        Assert.Contains("of 999 calls are answered within 10 seconds", html, StringComparison.Ordinal);
    }
}
