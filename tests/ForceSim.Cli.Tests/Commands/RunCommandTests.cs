using System.Globalization;
using System.Text.Json;

namespace ForceSim.Cli.Tests.Commands;

public sealed class RunCommandTests : IClassFixture<RunCommandTests.ErlangRun>, IDisposable
{
    private static readonly string[] OutputFiles = ["charts", "force-replications.csv", "grade-sensitivity.csv", "replications.csv", "report.html", "results.json", "run-info.json", "summary.csv"];

    private readonly TempFolder _temp = new();
    private readonly ErlangRun _run;

    public RunCommandTests(ErlangRun run) => _run = run;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_with_a_missing_scenario_file_exits_2_with_a_clear_message_and_writes_nothing()
    {
        var path = _temp["no-such-scenario.yaml"];
        var output = _temp["out"];

        var result = await CliProcess.RunAsync(_temp.Path, "run", path, "-o", output);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains($"error: {path}: 1 problem(s) in the scenario:", result.StandardError, StringComparison.Ordinal);
        Assert.Contains($"{path}:0:0: file not found", result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Run_with_an_unknown_option_exits_2_naming_the_option()
    {
        var output = _temp["out"];

        var result = await CliProcess.RunAsync(_temp.Path, "run", CliProcess.Scenario("validation/erlang-c.yaml"), "--replicas", "3", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("--replicas", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("forcesim --help", result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        CliProcess.AssertNoStackTrace(result);
    }

    [Theory]
    [InlineData("-r", "0", "--replications must be from 1 to 10000")]
    [InlineData("-r", "10001", "--replications must be from 1 to 10000")]
    [InlineData("-r", "abc", "--replications")]
    [InlineData("-s", "-1", "--seed must be 0 or more")]
    [InlineData("--parallel", "0", "--parallel must be 1 or more")]
    public async Task Run_with_a_bad_option_value_exits_2_and_writes_nothing(string option, string value, string message)
    {
        var output = _temp["out"];

        var result = await CliProcess.RunAsync(_temp.Path, "run", CliProcess.Scenario("validation/erlang-c.yaml"), option, value, "-o", output);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains(message, result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Run_of_an_invalid_scenario_exits_2_listing_its_problems()
    {
        var path = _temp.CopyScenario("validation/erlang-c.yaml", "typo.yaml", "  replications: 20", "  replicatons: 20");
        var output = _temp["out"];

        var result = await CliProcess.RunAsync(_temp.Path, "run", path, "-r", "3", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("run.replicatons: unknown key 'replicatons'; did you mean 'replications'?", result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Run_into_an_output_folder_that_cannot_be_created_exits_2_with_a_message_and_no_stack_trace()
    {
        var blocker = _temp.Write("a-file", "not a folder");
        var output = Path.Combine(blocker, "out");

        var result = await CliProcess.RunAsync(_temp.Path, "run", CliProcess.Scenario("validation/erlang-c.yaml"), "-r", "2", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.StartsWith("error: ", result.StandardError, StringComparison.Ordinal);
        Assert.Contains($"'{blocker}' is a file, not a folder", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_writes_results_json_both_csv_files_and_run_info_and_nothing_else()
    {
        var (output, result) = (_run.Output, _run.Result);

        Assert.Equal(OutputFiles, Directory.GetFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("Written:", result.Output, StringComparison.Ordinal);
        Assert.Contains("3 replication(s)", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Resuming", result.Output, StringComparison.Ordinal);
        Assert.Equal("", result.StandardError);
    }

    [Fact]
    public void Run_leaves_no_temporary_or_checkpoint_files_behind()
    {
        var output = _run.Output;

        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
        Assert.False(Directory.Exists(Path.Combine(output, ".checkpoints")));
        Assert.All(Directory.GetFiles(output), f => Assert.DoesNotContain(".tmp", f, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_explains_each_grade_after_the_grades_table_naming_the_deciding_measure_and_leaving_ungraded_areas_ungraded()
    {
        var output = _run.Result.Output;
        var grades = output.IndexOf("Likely grades", StringComparison.Ordinal);
        var why = output.IndexOf("Why these grades", StringComparison.Ordinal);

        Assert.True(grades >= 0 && why > grades, output);
        Assert.Contains("Responding to the public: likely inadequate (100% of replications), mainly because 999 answered within 10 s is", output, StringComparison.Ordinal);
        Assert.Contains("Investigating crime: not graded.", output, StringComparison.Ordinal);
        var report = File.ReadAllText(Path.Combine(_run.Output, "report.html"));
        Assert.Contains("Why these grades", report, StringComparison.Ordinal);
        Assert.Contains("mainly because 999 answered within 10 s", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_json_holds_each_measure_as_mean_ci95_sd_and_n()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_run.Output, "results.json")));

        var root = json.RootElement;
        Assert.Equal("Validation - Erlang C (M/M/10, rho 0.8)", root.GetProperty("scenario").GetString());
        Assert.Equal(1001, root.GetProperty("seed").GetInt64());
        Assert.Equal(3, root.GetProperty("replications").GetInt32());
        var measure = root.GetProperty("measures").GetProperty("contact.emergency_answered_within_10s");
        Assert.Equal(["mean", "ci95", "sd", "n"], measure.EnumerateObject().Select(p => p.Name));
        var mean = measure.GetProperty("mean").GetDouble();
        var ci = measure.GetProperty("ci95").EnumerateArray().Select(e => e.GetDouble()).ToList();
        Assert.Equal(2, ci.Count);
        Assert.InRange(mean, ci[0], ci[1]);
        Assert.True(ci[0] < ci[1]);
        Assert.InRange(mean, 0.0, 1.0);
        Assert.True(measure.GetProperty("sd").GetDouble() > 0);
        Assert.Equal(3, measure.GetProperty("n").GetInt32());
        var force = root.GetProperty("forces").GetProperty("textbook_force").GetProperty("measures");
        Assert.Equal(3, force.GetProperty("contact.emergency_answered_within_10s").GetProperty("n").GetInt32());
    }

    [Fact]
    public void Replications_csv_has_one_row_per_replication_and_measure_and_the_means_match_results_json()
    {
        var output = _run.Output;

        var lines = File.ReadAllText(Path.Combine(output, "replications.csv")).Split('\n');
        Assert.Equal("replication,measure,value", lines[0]);
        Assert.Equal("", lines[^1]);
        var rows = lines[1..^1].Select(l => l.Split(',')).ToList();
        Assert.All(rows, r => Assert.Equal(3, r.Length));
        Assert.Equal(["0", "1", "2"], rows.Select(r => r[0]).Distinct());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "results.json")));
        var measures = json.RootElement.GetProperty("measures").EnumerateObject().ToList();
        Assert.Equal(3 * measures.Count, rows.Count);
        var within10 = rows.Where(r => r[1] == "contact.emergency_answered_within_10s")
            .Select(r => double.Parse(r[2], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, within10.Count);
        var mean = json.RootElement.GetProperty("measures").GetProperty("contact.emergency_answered_within_10s").GetProperty("mean").GetDouble();
        Assert.Equal(within10.Average(), mean, 12);

        var forceLines = File.ReadAllText(Path.Combine(output, "force-replications.csv")).Split('\n');
        Assert.Equal("replication,force,measure,value", forceLines[0]);
        Assert.Contains(forceLines, l => l.StartsWith("0,textbook_force,contact.emergency_answered_within_10s,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_info_records_the_run_and_resumed_replications_as_0()
    {
        var output = _temp["out"];
        var scenario = CliProcess.Scenario("validation/erlang-c.yaml");

        var result = await CliProcess.RunAsync(_temp.Path, "run", scenario, "-r", "3", "-s", "77", "--parallel", "2", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run-info.json")));
        var info = json.RootElement;
        Assert.Equal(Path.GetFullPath(scenario), info.GetProperty("scenario_file").GetString());
        Assert.Equal(77, info.GetProperty("seed").GetInt64());
        Assert.Equal(3, info.GetProperty("replications").GetInt32());
        Assert.Equal(0, info.GetProperty("resumed_replications").GetInt32());
        Assert.Equal(2, info.GetProperty("parallelism").GetInt32());
        Assert.True(info.GetProperty("events_processed").GetInt64() > 0);
        Assert.True(info.GetProperty("wall_seconds").GetDouble() > 0);
    }

    [Fact]
    public async Task Run_without_an_output_option_writes_to_results_slash_scenario_name_in_the_working_folder()
    {
        var result = await CliProcess.RunAsync(_temp.Path, "run", CliProcess.Scenario("validation/erlang-c.yaml"), "-r", "2");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.True(File.Exists(Path.Combine(_temp.Path, "results", "erlang-c", "results.json")), result.ToString());
    }

    /// <summary>One <c>forcesim run erlang-c.yaml -r 3</c> whose output several tests inspect.</summary>
    public sealed class ErlangRun : IAsyncLifetime, IDisposable
    {
        private readonly TempFolder _temp = new();

        public string Output => _temp["out"];

        public CliResult Result { get; private set; } = new(-1, "", "");

        public async Task InitializeAsync()
        {
            Result = await CliProcess.RunAsync(_temp.Path, "run", CliProcess.Scenario("validation/erlang-c.yaml"), "-r", "3", "-o", Output);
            Assert.True(Result.ExitCode == ExitCodes.Success, Result.ToString());
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _temp.Dispose();
    }
}
