namespace ForceSim.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public static TheoryData<string> ShippedScenarios => new()
    {
        "cambridgeshire-2022.yaml",
        "benchmarks/canonical-mm20.yaml",
        "validation/erlang-a.yaml",
        "validation/erlang-c.yaml",
        "validation/mg-infinity.yaml",
        "validation/priority-mm20.yaml",
    };

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public async Task Validate_accepts_every_shipped_scenario_and_exits_0(string scenario)
    {
        var path = CliProcess.Scenario(scenario);

        var result = await CliProcess.RunAsync(_temp.Path, "validate", path);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("valid", result.Output, StringComparison.Ordinal);
        Assert.Equal("", result.StandardError);
    }

    [Fact]
    public async Task Validate_reports_a_misspelt_key_with_file_line_column_key_path_and_suggestion()
    {
        var path = _temp.CopyScenario("validation/erlang-c.yaml", "typo.yaml", "  replications: 20", "  replicatons: 20");
        var line = LineOf(path, "replicatons:");

        var result = await CliProcess.RunAsync(_temp.Path, "validate", path);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains($"{path}:{line}:3: run.replicatons: unknown key 'replicatons'; did you mean 'replications'?", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("1 problem(s)", result.StandardError, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Validate_reports_a_value_out_of_range_with_its_location_and_the_allowed_range()
    {
        var path = _temp.CopyScenario("validation/erlang-c.yaml", "range.yaml", "  horizon_days: 30", "  horizon_days: 99999");
        var line = LineOf(path, "horizon_days:");

        var result = await CliProcess.RunAsync(_temp.Path, "validate", path);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains($"{path}:{line}:17: run.horizon_days: must be a number from 1 to 3660 (got 99999)", result.StandardError, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Validate_reports_a_yaml_syntax_error_with_its_line()
    {
        var path = _temp.Write("syntax.yaml", "name: Broken\nrun: {seed: 1\n  replications: [\n");

        var result = await CliProcess.RunAsync(_temp.Path, "validate", path);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        var problem = Assert.Single(ProblemLines(result));
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(path)}:[23]:[0-9]+: invalid YAML: ", problem);
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Validate_lists_every_problem_in_the_file_in_line_order_not_just_the_first()
    {
        var text = File.ReadAllText(CliProcess.Scenario("validation/erlang-c.yaml"))
            .Replace("  replications: 20", "  replicatons: 20", StringComparison.Ordinal)
            .Replace("  horizon_days: 30", "  horizon_days: 99999", StringComparison.Ordinal)
            .Replace("staff: 10}", "staff: -3}", StringComparison.Ordinal);
        var path = _temp.Write("several.yaml", text);

        var result = await CliProcess.RunAsync(_temp.Path, "validate", path);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        var problems = ProblemLines(result);
        Assert.Equal(3, problems.Count);
        Assert.Contains("3 problem(s)", result.StandardError, StringComparison.Ordinal);
        Assert.Contains(problems, p => p.Contains("run.replicatons: unknown key", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("run.horizon_days: must be a number from 1 to 3660", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("control_rooms[0].call_handlers.shifts[0].staff:", StringComparison.Ordinal));
        var lines = problems.Select(p => int.Parse(p[(path.Length + 1)..].Split(':')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(lines.Order(), lines);
        Assert.Equal("", result.StandardOutput.Trim());
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Validate_on_a_missing_file_exits_2_with_file_not_found()
    {
        var path = _temp["does-not-exist.yaml"];

        var result = await CliProcess.RunAsync(_temp.Path, "validate", path);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains($"{path}:0:0: file not found", result.StandardError, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Validate_without_a_scenario_argument_exits_2_with_usage_hint()
    {
        var result = await CliProcess.RunAsync(_temp.Path, "validate");

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("forcesim --help", result.StandardError, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }

    /// <summary>The problem lines of validate's stderr: every line after the "N problem(s):" heading.</summary>
    private static List<string> ProblemLines(CliResult result) =>
        [.. result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1)];

    private static int LineOf(string path, string text) =>
        Array.FindIndex(File.ReadAllLines(path), l => l.Contains(text, StringComparison.Ordinal)) + 1;
}
