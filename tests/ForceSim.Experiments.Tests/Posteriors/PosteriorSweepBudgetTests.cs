using System.Globalization;
using System.Text.Json;
using ForceSim.Engine;
using ForceSim.Engine.Measures;
using ForceSim.Experiments.Budgeting;
using ForceSim.Experiments.Posteriors;
using ForceSim.Experiments.Sweeping;
using ForceSim.Experiments.Tests.Support;
using ForceSim.Reporting.Posteriors;
using ForceSim.Testing.Scenarios;

namespace ForceSim.Experiments.Tests.Posteriors;

/// <summary>
/// <c>--posterior</c> on sweep and budget: twin replications split the spread into parameter uncertainty and replication
/// noise, reported only when a posterior is given (without it the outputs are as before).
/// </summary>
public sealed class PosteriorSweepBudgetTests : IDisposable
{
    private const string Utilisation = "contact.handler_utilisation";

    private static readonly string[] Short = ["run.horizon_days=2", "run.warmup_days=1"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Sweep_with_a_posterior_writes_each_variant_s_split_and_without_one_writes_none()
    {
        var scenario = ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "room.yaml");
        var experiment = ScenarioCopies.Write(_temp, "experiment.yaml", $"""
            name: Handlers
            scenario: {scenario.Replace("\\", "/", StringComparison.Ordinal)}
            replications: 5
            design:
              type: factorial
              factors:
                - path: control_rooms[0].call_handlers.shifts[0].staff
                  values: [10, 12]
            measures: [{Utilisation}, {MeasureNames.EmergencyMeanAnswerSeconds}]
            """);
        var posterior = WritePosterior("room.posterior.csv", [3.5, 4.0, 4.5, 5.0, 5.5, 6.0]);

        var with = await SweepService.RunAsync(new SweepRequest { ExperimentPath = experiment, Overrides = Short, OutputDirectory = _temp["with"], Parallelism = 2, PosteriorPath = posterior });
        var without = await SweepService.RunAsync(new SweepRequest { ExperimentPath = experiment, Overrides = Short, OutputDirectory = _temp["without"], Parallelism = 2 });

        var splits = with.PosteriorSplits!;
        Assert.Equal(2, splits.Count);
        Assert.All(splits, v => Assert.Equal([MeasureNames.EmergencyMeanAnswerSeconds, Utilisation], v.Keys));
        Assert.All(splits.SelectMany(v => v.Values), s => Assert.InRange(s.ParameterShare, 0, 1));
        Assert.True(splits[0][Utilisation].ParameterShare > 0.5, $"handling time drives utilisation (got {splits[0][Utilisation].ParameterShare})");
        var rows = File.ReadAllLines(Path.Combine(_temp["with"], SweepPosteriorSplit.FileName));
        Assert.Equal("variant,measure,mean,sd_total,sd_replication_noise,sd_parameters,parameter_share", rows[0]);
        Assert.Equal(4, rows.Length - 1);
        Assert.All(rows.Skip(1), r => Assert.InRange(double.Parse(r.Split(',')[^1], CultureInfo.InvariantCulture), 0, 1));
        Assert.Equal(2 * 5 * 2, File.ReadAllLines(Path.Combine(_temp["with"], "sweep.csv")).Length - 1); // the twins are not rows
        Assert.Contains("Parameter uncertainty", File.ReadAllText(Path.Combine(_temp["with"], "report.html")), StringComparison.Ordinal);
        Assert.Contains(SweepPosteriorSplit.FileName, with.PosteriorSentence, StringComparison.Ordinal);

        Assert.Null(without.PosteriorSplits);
        Assert.Null(without.PosteriorSentence);
        Assert.False(File.Exists(Path.Combine(_temp["without"], SweepPosteriorSplit.FileName)));
        Assert.DoesNotContain("Parameter uncertainty", File.ReadAllText(Path.Combine(_temp["without"], "report.html")), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(_temp["with"], "variants.csv")), File.ReadAllText(Path.Combine(_temp["without"], "variants.csv")));
    }

    [Fact]
    public async Task Budget_with_a_posterior_splits_the_recommendation_s_change_and_without_one_budget_json_has_no_posterior()
    {
        var scenario = ScenarioCopies.Write(_temp, "costed.yaml", """
            extends: room.yaml
            costs:
              productive_hours_per_fte: 1650
              roles:
                call_handler: {annual_salary: 30000, on_cost_factor: 1.25}
            """);
        ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "room.yaml");
        var posterior = WritePosterior("room.posterior.csv", [4.6, 4.8, 5.0, 5.2, 5.4]);
        BudgetRequest Request(string output) => new()
        {
            ScenarioPath = scenario,
            Extra = 500_000,
            Roles = ["call_handler"],
            Objective = MeasureNames.EmergencyMeanAnswerSeconds,
            Replications = 8,
            Overrides = ["run.horizon_days=4", "run.warmup_days=1"],
            MaxEvaluations = 3,
            OutputDirectory = _temp[output],
            Parallelism = 2,
        };

        var with = await BudgetService.RunAsync(Request("with") with { PosteriorPath = posterior });
        var without = await BudgetService.RunAsync(Request("without"));

        var split = with.Posterior!;
        Assert.True(with.Result.Recommended.Mix != StaffMix.None, with.Stopped + " " + File.ReadAllText(with.JsonFile));
        Assert.InRange(split.Objective!.ParameterShare, 0, 1);
        Assert.All(split.ChangeFromBase.Values, s => Assert.InRange(s.ParameterShare, 0, 1));
        var answer = with.Differences.Single(d => d.Measure == MeasureNames.EmergencyMeanAnswerSeconds);
        Assert.Equal(answer.Difference!.Value, split.ChangeFromBase[MeasureNames.EmergencyMeanAnswerSeconds].Mean, 9);
        Assert.Equal(answer.Difference!.Value, split.Objective.Mean, 9);
        using var json = JsonDocument.Parse(File.ReadAllText(with.JsonFile));
        var block = json.RootElement.GetProperty("posterior");
        Assert.Equal("room.posterior.csv", block.GetProperty("file").GetString());
        Assert.InRange(block.GetProperty("objective_change_split").GetProperty("parameter_share").GetDouble(), 0, 1);
        Assert.True(block.GetProperty("change_from_base_split").TryGetProperty(MeasureNames.EmergencyMeanAnswerSeconds, out _));
        Assert.Contains("Parameter uncertainty", File.ReadAllText(Path.Combine(_temp["with"], "report.html")), StringComparison.Ordinal);

        Assert.Null(without.Posterior);
        Assert.False(JsonDocument.Parse(File.ReadAllText(without.JsonFile)).RootElement.TryGetProperty("posterior", out _));
        Assert.DoesNotContain("Parameter uncertainty", File.ReadAllText(Path.Combine(_temp["without"], "report.html")), StringComparison.Ordinal);
    }

    private string WritePosterior(string name, IReadOnlyList<double> values) => TestPosteriors.Write(_temp, name, ErlangCRoom.HandleMean, values);
}
