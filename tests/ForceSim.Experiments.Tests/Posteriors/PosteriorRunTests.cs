using System.Text.Json;
using ForceSim.Engine;
using ForceSim.Engine.Measures;
using ForceSim.Experiments.Comparing;
using ForceSim.Experiments.Posteriors;
using ForceSim.Experiments.Running;
using ForceSim.Experiments.Tests.Support;
using ForceSim.Grains.Experiments;
using ForceSim.Testing.Scenarios;

namespace ForceSim.Experiments.Tests.Posteriors;

/// <summary>
/// <c>--posterior</c> on run and compare: each replication runs with a drawn parameter set (the same in base and what-if),
/// intervals widen with parameter uncertainty, and results.json records the draws and the split of the spread.
/// </summary>
public sealed class PosteriorRunTests : IDisposable
{
    private const string Utilisation = "contact.handler_utilisation";

    private static readonly string[] Short = ["run.horizon_days=2", "run.warmup_days=1"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Posterior_widens_the_interval_of_a_run_compared_with_the_same_run_without_it()
    {
        var scenario = ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "room.yaml");
        var posterior = WritePosterior("room.posterior.csv", ErlangCRoom.HandleMean, [3.5, 4.0, 4.5, 5.0, 5.5, 6.0]);

        var without = await RunService.RunAsync(Request(scenario, "without"));
        var with = await RunService.RunAsync(Request(scenario, "with") with { PosteriorPath = posterior });

        var narrow = without.Result.Summary[Utilisation];
        var wide = with.Result.Summary[Utilisation];
        Assert.True(wide.Upper - wide.Lower > 2 * (narrow.Upper - narrow.Lower), $"with {wide.Lower}–{wide.Upper}, without {narrow.Lower}–{narrow.Upper}");
        var split = with.Posterior!.Measures[Utilisation];
        Assert.True(split.ParameterShare > 0.8, $"handling time drives utilisation, so most of its variance is parameter uncertainty (got {split.ParameterShare})");
        Assert.True(split.NoiseOnlyUpper - split.NoiseOnlyLower < wide.Upper - wide.Lower);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_temp["with"], "results.json")));
        var block = json.RootElement.GetProperty("posterior");
        Assert.Equal("room.posterior.csv", block.GetProperty("file").GetString());
        Assert.Equal(with.Posterior.Draws, block.GetProperty("draws").EnumerateArray().Select(d => d.GetInt32()));
        Assert.True(block.GetProperty("split").GetProperty(Utilisation).GetProperty("sd_parameters").GetDouble() > 0);
        Assert.False(JsonDocument.Parse(File.ReadAllText(Path.Combine(_temp["without"], "results.json"))).RootElement.TryGetProperty("posterior", out _));
        Assert.Contains("<h2>Parameter uncertainty</h2>", File.ReadAllText(Path.Combine(_temp["with"], "report.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter uncertainty", File.ReadAllText(Path.Combine(_temp["without"], "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posterior_draws_are_applied_so_a_single_slow_parameter_set_raises_utilisation()
    {
        var scenario = ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "room.yaml");
        var slow = WritePosterior("slow.posterior.csv", ErlangCRoom.HandleMean, [5.9]);

        var baseline = await RunService.RunAsync(Request(scenario, "base"));
        var slower = await RunService.RunAsync(Request(scenario, "slow") with { PosteriorPath = slow });

        Assert.All(slower.Posterior!.Draws, d => Assert.Equal(0, d));
        Assert.True(slower.Result.Summary[Utilisation].Mean > baseline.Result.Summary[Utilisation].Mean + 0.1, "5.9 minutes a call instead of 5 keeps handlers busier");
    }

    [Fact]
    public async Task Posterior_base_and_what_if_draw_the_same_parameter_sets_and_the_what_if_keeps_its_own_value()
    {
        var basePath = ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "base.yaml", "  horizon_days: 30", "  horizon_days: 2");
        var option = ScenarioCopies.Write(_temp, "more.yaml", """
            extends: base.yaml
            name: More handlers
            control_rooms:
              - id: textbook_room
                call_handlers:
                  shifts: [{name: all_day, start_hour: 0, hours: 24, staff: 11}]
            """);
        var staff = "control_rooms[0].call_handlers.shifts[0].staff";
        var posterior = WritePosterior("two.posterior.csv", [ErlangCRoom.HandleMean, staff], [[4.0, 10], [4.5, 10], [5.0, 9], [5.5, 10], [4.2, 11]]);

        var outcome = await CompareService.RunAsync(new CompareRequest { BasePath = basePath, OptionPaths = [option], Replications = 5, OutputDirectory = _temp["out"], PosteriorPath = posterior });

        var draws = outcome.Posteriors.Select(p => p.Draws).ToList();
        Assert.Equal(2, draws.Count);
        Assert.Equal(draws[0], draws[1]);
        Assert.True(draws[0].Distinct().Count() > 1, "five replications draw more than one of five parameter sets");
        Assert.Empty(outcome.Posteriors[0].Kept);
        Assert.Equal([staff], outcome.Posteriors[1].Kept);
        foreach (var name in new[] { "base", "more" })
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_temp["out"], name, "results.json")));
            Assert.Equal(draws[0], json.RootElement.GetProperty("posterior").GetProperty("draws").EnumerateArray().Select(d => d.GetInt32()));
        }

        var waits = Assert.Single(outcome.Options).Differences.Single(d => d.Measure == MeasureNames.EmergencyMeanAnswerSeconds);
        Assert.True(waits.Difference < 0, "an eleventh handler answers sooner whatever the drawn handling time");
        Assert.Empty(outcome.Posteriors[0].ChangeFromBase);
        var change = outcome.Posteriors[1].ChangeFromBase[MeasureNames.EmergencyMeanAnswerSeconds];
        Assert.Equal(waits.Difference!.Value, change.Mean, 9);
        Assert.InRange(change.ParameterShare, 0, 1);
    }

    [Fact]
    public async Task Posterior_run_gives_the_same_results_json_on_the_in_process_and_grains_hosts()
    {
        var scenario = ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "room.yaml");
        var posterior = WritePosterior("room.posterior.csv", ErlangCRoom.HandleMean, [4.0, 5.0, 6.0]);

        await RunService.RunAsync(Request(scenario, "here", replications: 2) with { PosteriorPath = posterior });
        await RunService.RunAsync(Request(scenario, "grains", replications: 2) with { PosteriorPath = posterior, Host = ReplicationHost.Grains });

        Assert.Equal(File.ReadAllBytes(Path.Combine(_temp["here"], "results.json")), File.ReadAllBytes(Path.Combine(_temp["grains"], "results.json")));
    }

    [Fact]
    public async Task Posterior_naming_a_key_path_the_scenario_does_not_set_is_refused_with_file_line_and_key_path()
    {
        var scenario = ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "room.yaml");
        var posterior = WritePosterior("typo.posterior.csv", "control_rooms.textbook_room.channels.emergency.handle_minutes.meen", [4.0]);

        var e = await Assert.ThrowsAsync<InvalidRequestException>(() => RunService.RunAsync(Request(scenario, "out") with { PosteriorPath = posterior }));

        Assert.StartsWith($"{posterior}:2: control_rooms.textbook_room.channels.emergency.handle_minutes.meen: the scenario", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp["out"], "results.json")));
    }

    [Fact]
    public async Task Posterior_draw_that_gives_an_invalid_scenario_is_refused_naming_its_line()
    {
        var scenario = ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "room.yaml");
        var posterior = WritePosterior("bad.posterior.csv", "control_rooms[0].call_handlers.shifts[0].staff", [10, -3]);

        var e = await Assert.ThrowsAsync<InvalidRequestException>(() => RunService.RunAsync(Request(scenario, "out", replications: 8) with { PosteriorPath = posterior }));

        Assert.StartsWith($"{posterior}:4: draw 1 does not give a valid scenario", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posterior_that_does_not_fit_the_scenario_is_refused_before_a_cluster_is_contacted()
    {
        var scenario = ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "room.yaml");
        var posterior = WritePosterior("bad.posterior.csv", "control_rooms[0].call_handlers.shifts[0].staff", [10, -3]);

        // Nothing listens on port 9: contacting it would fail as an unreachable cluster (an IOException), not as bad input.
        var e = await Assert.ThrowsAsync<InvalidRequestException>(() => RunService.RunAsync(Request(scenario, "out", replications: 8) with
        {
            PosteriorPath = posterior,
            Cluster = Grains.Hosting.ClusterAddress.Parse("redis://127.0.0.1:9/nowhere"),
        }));

        Assert.StartsWith($"{posterior}:4: draw 1 does not give a valid scenario", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["out"]));
    }

    [Fact]
    public void Posterior_fitted_to_another_model_version_gives_a_warning_and_the_current_one_none()
    {
        var current = WritePosterior("current.posterior.csv", ErlangCRoom.HandleMean, [4.0]);
        var old = _temp["old.posterior.csv"];
        PosteriorFile.Write(old, PosteriorFile.Read(current) with { ModelVersion = ModelVersion.Current + 1 });

        Assert.Null(PosteriorInput.StaleWarning(current));
        var warning = PosteriorInput.StaleWarning(old);
        Assert.NotNull(warning);
        Assert.Contains($"fitted to model version {ModelVersion.Current + 1}, but this is model version {ModelVersion.Current}", warning, StringComparison.Ordinal);
    }

    private RunRequest Request(string scenario, string output, int replications = 6) => new()
    {
        ScenarioPath = scenario,
        Replications = replications,
        Overrides = Short,
        OutputDirectory = _temp[output],
        Parallelism = 2,
    };

    private string WritePosterior(string name, string parameter, IReadOnlyList<double> values) => TestPosteriors.Write(_temp, name, parameter, values);

    private string WritePosterior(string name, IReadOnlyList<string> parameters, IReadOnlyList<IReadOnlyList<double>> rows) =>
        TestPosteriors.Write(_temp, name, parameters, rows);
}
