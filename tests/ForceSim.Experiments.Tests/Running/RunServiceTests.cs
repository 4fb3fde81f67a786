using System.Text.Json;
using ForceSim.Engine.Compilation;
using ForceSim.Engine.Hosting;
using ForceSim.Engine.Victims;
using ForceSim.Experiments;
using ForceSim.Experiments.Running;
using ForceSim.Experiments.Scenarios;
using ForceSim.Experiments.Tests.Support;

namespace ForceSim.Experiments.Tests.Running;

/// <summary>
/// <c>run</c> as a service, without a terminal: input errors are refused before anything runs, an interrupted run resumes
/// from its checkpoints to the same bytes, and the missed repeat victims come from the run itself.
/// </summary>
public sealed class RunServiceTests : IDisposable
{
    private static readonly string[] ResultFiles = ["results.json", "replications.csv", "force-replications.csv", "grade-sensitivity.csv"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_run_with_a_bad_set_path_is_refused_naming_the_file_and_key_before_anything_is_written()
    {
        var path = ScenarioCopies.Shipped("validation/erlang-c.yaml");
        var request = new RunRequest { ScenarioPath = path, Overrides = ["run.seed=3", "run.sed=4"], OutputDirectory = _temp["out"] };

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => RunService.RunAsync(request));

        Assert.Contains($"{path}: 1 problem(s) in the scenario:", error.Message, StringComparison.Ordinal);
        Assert.Contains("--set:2:0: run.sed: unknown key 'sed'; did you mean 'seed'?", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["out"]));
    }

    [Fact]
    public async Task An_experiment_id_without_a_cluster_is_refused()
    {
        var request = new RunRequest { ScenarioPath = ScenarioCopies.Shipped("validation/erlang-c.yaml"), ExperimentId = "x", OutputDirectory = _temp["out"] };

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => RunService.RunAsync(request));

        Assert.Equal("--experiment names an experiment on a cluster; give --cluster too.", error.Message);
    }

    [Fact]
    public async Task An_interrupted_run_resumes_from_its_checkpoints_to_byte_identical_files()
    {
        var path = ShortCambridgeshire();
        using var cancel = new CancellationTokenSource();
        var interrupted = Request(path, "out") with { Parallelism = 1 };
        var stopAfterOne = new Reports<RunProgress>(p =>
        {
            if (p is ReplicationsFinished { Done: 1 })
            {
                cancel.Cancel();
            }
        });

        var stopped = await Assert.ThrowsAsync<WorkInterruptedException>(() => RunService.RunAsync(interrupted, stopAfterOne, cancel.Token));
        Assert.False(File.Exists(Path.Combine(_temp["out"], "results.json")));
        var resumed = await RunService.RunAsync(Request(path, "out"));
        var uninterrupted = await RunService.RunAsync(Request(path, "reference"));

        Assert.Equal((1, 3), (stopped.Saved, stopped.Total));
        Assert.Equal(1, resumed.Resumed);
        Assert.Equal(0, uninterrupted.Resumed);
        foreach (var file in ResultFiles)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(_temp["reference"], file)), File.ReadAllBytes(Path.Combine(_temp["out"], file)));
        }

        Assert.False(Directory.Exists(Path.Combine(_temp["out"], ".checkpoints")));
        // Replication 0 was resumed, so its missed victims came from a replay of it: the same people as a run that simulated it.
        Assert.Equal(uninterrupted.MissedRepeatVictims.Select(v => v.Id), resumed.MissedRepeatVictims.Select(v => v.Id));
    }

    [Fact]
    public async Task A_run_reports_how_it_starts_then_every_replication_and_shows_replication_0_s_missed_repeat_victims()
    {
        var path = ShortCambridgeshire();
        var reports = new List<RunProgress>();

        var outcome = await RunService.RunAsync(Request(path, "out"), new Reports<RunProgress>(p =>
        {
            lock (reports)
            {
                reports.Add(p);
            }
        }));

        var start = Assert.IsType<RunStarting>(reports[0]);
        Assert.Equal(0, start.Resumed);
        Assert.Equal([1, 2, 3], reports.OfType<ReplicationsFinished>().Select(r => r.Done).Order());
        var replay = new InProcessRun(new CompiledScenario(ScenarioInput.Load(path)), replication: 0);
        replay.Run();
        Assert.Equal(MissedRepeatVictims.From(replay, count: 2).Select(v => v.Id), outcome.MissedRepeatVictims.Select(v => v.Id));
        Assert.Equal(2, outcome.MissedRepeatVictims.Count);
        Assert.Equal(3, outcome.Result.Replications.Count);
        Assert.Contains(Path.Combine(_temp["out"], "report.html"), outcome.Files);
    }

    [Fact]
    public async Task A_run_of_the_baseline_writes_each_areas_explanation_to_results_json_as_the_outcome_holds_it()
    {
        var outcome = await RunService.RunAsync(Request(ShortCambridgeshire(), "out"));

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_temp["out"], "results.json")));
        var explanations = json.RootElement.GetProperty("explanations");
        Assert.Equal(["responding_to_the_public", "investigating_crime", "crime_data_recording"], explanations.EnumerateObject().Select(p => p.Name));
        Assert.Equal(outcome.Explanations.Select(e => e.Area), explanations.EnumerateObject().Select(p => p.Name));
        foreach (var explanation in outcome.Explanations)
        {
            var area = explanations.GetProperty(explanation.Area);
            Assert.Equal("limiting_factor", area.GetProperty("combine").GetString());
            Assert.Equal(explanation.DecidingMeasure, area.GetProperty("deciding")[0].GetString());
            Assert.True(area.GetProperty("measures").GetProperty(explanation.DecidingMeasure!).GetProperty("deciding").GetBoolean());
            Assert.Equal(explanation.Sentence(), area.GetProperty("sentence").GetString());
            foreach (var measure in area.GetProperty("measures").EnumerateObject())
            {
                var mean = json.RootElement.GetProperty("measures").GetProperty(measure.Name).GetProperty("mean").GetDouble();
                Assert.Equal(mean, measure.Value.GetProperty("mean").GetDouble());
            }
        }
    }

    private RunRequest Request(string path, string output) => new() { ScenarioPath = path, Replications = 3, OutputDirectory = _temp[output] };

    /// <summary>The Cambridgeshire baseline cut to 20 days after a week's warm-up: real victims, a fraction of a second a replication.</summary>
    private string ShortCambridgeshire() =>
        ScenarioCopies.Copy(_temp, "cambridgeshire-2022.yaml", "cambridgeshire.yaml", "  horizon_days: 365 ", "  horizon_days: 20  ");
}
