using System.Globalization;

namespace ForceSim.Cli.Tests.Commands;

public sealed class BudgetCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string[], string> BadArguments => new()
    {
        { ["--roles", "call_handler"], "--extra" },
        { ["--extra", "0"], "--extra" },
        { ["--extra", "100000", "--roles", "dispatcher"], "unknown role 'dispatcher'" },
        { ["--extra", "100000", "--objective", "grade:investigating_crime:great_or_better"], "unknown grade 'great'" },
        { ["--extra", "100000", "--objective", "response.unit_utilisation"], "--maximise or --minimise" },
        { ["--extra", "100000", "--maximise", "--minimise"], "not both" },
        { ["--extra", "100000", "--max-evaluations", "1"], "--max-evaluations" },
        { ["--extra", "lots"], "lots" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Bad_arguments_exit_2_with_one_clear_message_and_no_stack_trace(string[] arguments, string expected)
    {
        var result = await CliProcess.RunAsync(_temp.Path, ["budget", CliProcess.Scenario("cambridgeshire-2022.yaml"), .. arguments]);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task A_role_the_scenario_cannot_cost_is_bad_input()
    {
        // The Erlang C validation scenario has no costs section.
        var result = await CliProcess.RunAsync(_temp.Path, "budget", CliProcess.Scenario("validation/erlang-c.yaml"), "--extra", "100000", "--roles", "call_handler");

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("costs.roles.call_handler", result.Error, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task A_misspelt_objective_measure_is_bad_input_naming_the_nearest_measures()
    {
        var path = _temp.CopyScenario("cambridgeshire-2022.yaml", "short.yaml", "horizon_days: 365", "horizon_days: 7");

        var result = await CliProcess.RunAsync(_temp.Path, "budget", path, "--extra", "100000", "-r", "1", "--objective", "contact.non_emergency_mean_answer_secs");

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("contact.non_emergency_mean_answer_seconds", result.Error, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task A_small_budget_run_prints_the_recommendation_and_frontier_and_writes_the_csv_and_json()
    {
        var path = _temp.CopyScenario("cambridgeshire-2022.yaml", "short.yaml", "horizon_days: 365", "horizon_days: 20");
        var output = _temp["out"];

        var result = await CliProcess.RunAsync(
            _temp.Path,
            "budget", path, "--extra", "200000", "--roles", "call_handler,supervisor",
            "--objective", "contact.non_emergency_mean_answer_seconds", "-r", "2", "--out", output);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("minimise 101 mean answer time (contact.non_emergency_mean_answer_seconds) (lower is better)", result.Output, StringComparison.Ordinal);
        var brief = result.Output.IndexOf("In brief", StringComparison.Ordinal);
        Assert.True(brief > 0 && brief < result.Output.IndexOf("Cost–outcome frontier: ", StringComparison.Ordinal), "the summary comes first");
        Assert.Contains("Recommended mix", result.Output, StringComparison.Ordinal);
        Assert.Contains("Cost–outcome frontier", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"\d+ mixes simulated × 2 replication\(s\) = \d+ simulation runs", result.Output);

        var rows = File.ReadAllLines(Path.Combine(output, "budget-frontier.csv"));
        Assert.StartsWith("step,changed_role,cumulative_cost_gbp,", rows[0], StringComparison.Ordinal);
        var report = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("Cost–outcome frontier", report, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", report, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "charts", "frontier.png")));
        Assert.True(rows.Length >= 2, "the frontier has the base and at least one step");
        Assert.StartsWith("0,,0,0,0,0,0,", rows[1], StringComparison.Ordinal);
        var costs = rows.Skip(1).Select(r => double.Parse(r.Split(',')[2], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(costs.Order(), costs);
        Assert.True(costs[^1] <= 200000);

        var json = File.ReadAllText(Path.Combine(output, "budget.json"));
        Assert.Contains("\"direction\": \"minimise\"", json, StringComparison.Ordinal);
        Assert.Contains("\"call_handler\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Budget_lists_every_step_tried_with_its_paired_interval_even_when_it_recommends_spending_nothing()
    {
        // Two days of a supervisor more or less cannot move 101 answer times beyond noise: nothing is bought.
        var path = _temp.CopyScenario("cambridgeshire-2022.yaml", "short.yaml", "horizon_days: 365", "horizon_days: 2");
        var output = _temp["out"];

        var result = await CliProcess.RunAsync(
            _temp.Path,
            "budget", path, "--extra", "200000", "--roles", "supervisor",
            "--objective", "contact.non_emergency_mean_answer_seconds", "-r", "2", "--out", output);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("Every step tried", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"│ +1 │ supervisor │ +£[\d,]+ │ [^│]+ │ +[+−][^│]+\([+−][^│]+ to [+−][^│]+\) │ no +│", result.StandardOutput);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "budget.json")));
        var tried = json.RootElement.GetProperty("steps_tried");
        Assert.Equal(1, tried.GetArrayLength());
        Assert.Equal("supervisor", tried[0].GetProperty("role").GetString());
        Assert.False(tried[0].GetProperty("taken").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Number, tried[0].GetProperty("change_paired_lower").ValueKind);
        Assert.Contains("Every step tried", File.ReadAllText(Path.Combine(output, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_negative_extra_is_a_cut_that_saves_at_least_the_amount_asked()
    {
        var path = _temp.CopyScenario("cambridgeshire-2022.yaml", "short.yaml", "horizon_days: 365", "horizon_days: 7");
        var output = _temp["cut"];

        var result = await CliProcess.RunAsync(_temp.Path, "budget", path, "--extra", "-100000", "--roles", "supervisor", "-r", "1", "--out", output);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var last = File.ReadAllLines(Path.Combine(output, "budget-frontier.csv"))[^1].Split(',');
        Assert.Equal("supervisor", last[1]);
        Assert.True(double.Parse(last[2], CultureInfo.InvariantCulture) <= -100000);
    }
}
