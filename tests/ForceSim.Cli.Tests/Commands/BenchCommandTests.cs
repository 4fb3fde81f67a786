using System.Globalization;
using System.Text.RegularExpressions;

namespace ForceSim.Cli.Tests.Commands;

/// <summary>
/// <c>forcesim bench</c> scaled down to a smoke test: every figure it promises is printed, once, as a number. The
/// figures themselves are never asserted (wall-clock times depend on the machine and its load).
/// </summary>
public sealed partial class BenchCommandTests : IDisposable
{
    private static readonly string[] Keys =
    [
        "events_per_second", "canonical_1m_seconds", "force_year_seconds", "peak_memory_mb", "region_year_seconds",
        "minimal_loop_1m_seconds", "canonical_vs_minimal", "parallel_speedup",
        "national_year_seconds", "national_peak_memory_mb", "national_gc_pause_seconds", "national_cost_per_force_ratio", "national_cost_per_event_ratio",
    ];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Bench_prints_every_key_once_with_a_number_when_scaled_down()
    {
        var result = await CliProcess.RunAsync(_temp.Path, TimeSpan.FromMinutes(5), ["bench", "--hosts", "in-process", "--repeat", "1", "--scale", "0.002", "--national"]);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.TrimEntries);
        foreach (var key in Keys)
        {
            var matching = lines.Where(l => l.StartsWith(key + "=", StringComparison.Ordinal)).ToList();
            var line = Assert.Single(matching);
            Assert.True(double.TryParse(line[(key.Length + 1)..].Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0, line);
        }

        var cost = Assert.Single(lines, l => l.StartsWith("cost_per_force_seconds ", StringComparison.Ordinal));
        Assert.Matches(CostPerForce(), cost);
        Assert.Contains("cores_used=", lines.Single(l => l.StartsWith("parallel_speedup=", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("gc=", lines.Single(l => l.StartsWith("parallel_speedup=", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_help_offers_the_national_year_and_hides_the_child_command()
    {
        var bench = await CliProcess.RunAsync(_temp.Path, ["bench", "--help"]);
        var root = await CliProcess.RunAsync(_temp.Path, ["--help"]);

        Assert.Contains("--national", bench.Output, StringComparison.Ordinal);
        Assert.Contains("national_peak_memory_mb=", bench.Output, StringComparison.Ordinal);
        Assert.Contains("bench", root.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("bench-replication", root.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--scale", "1.5")]
    [InlineData("--repeat", "0")]
    public async Task Bench_refuses_an_option_out_of_range_as_bad_input(string option, string value)
    {
        var result = await CliProcess.RunAsync(_temp.Path, ["bench", "--hosts", "in-process", option, value]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^cost_per_force_seconds forces=1:\d+\.\d+ forces=6:\d+\.\d+ forces=43:\d+\.\d+ ")]
    private static partial Regex CostPerForce();
}
