using System.Text.Json;
using ForceSim.Reporting.Output;

namespace ForceSim.Reporting.Tests.Output;

public sealed class ResultsWriterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Writes_the_five_files_and_returns_their_paths()
    {
        var folder = _temp["results/run"];
        var result = TestResults.Simulated;

        var files = ResultsWriter.Write(folder, result, Info());

        Assert.Equal(
            [Path.Combine(folder, "results.json"), Path.Combine(folder, "replications.csv"), Path.Combine(folder, "force-replications.csv"), Path.Combine(folder, "run-info.json"), Path.Combine(folder, "summary.csv")],
            files);
        Assert.Equal(ResultsJson.Render(result), File.ReadAllText(files[0]));
        Assert.Equal(ReplicationsCsv.Render(result), File.ReadAllText(files[1]));
        Assert.Equal(ReplicationsCsv.RenderForces(result), File.ReadAllText(files[2]));
        Assert.Equal(
            ["results/run/force-replications.csv", "results/run/replications.csv", "results/run/results.json", "results/run/run-info.json", "results/run/summary.csv"],
            _temp.Files());
    }

    [Fact]
    public void Writing_again_replaces_the_previous_files_and_leaves_no_temporary_files()
    {
        var folder = _temp["out"];
        ResultsWriter.Write(folder, TestResults.Experiment(TestResults.Replication(0, ("a", 1.0)), TestResults.Replication(1, ("a", 2.0))), Info());

        ResultsWriter.Write(folder, TestResults.Experiment(TestResults.Replication(0, ("a", 5.0))), Info());

        Assert.Equal("replication,measure,value\n0,a,5\n", File.ReadAllText(Path.Combine(folder, "replications.csv")));
        Assert.Equal(5, _temp.Files().Count);
    }

    [Fact]
    public void Run_info_is_snake_case_json_with_the_run_details()
    {
        var info = Info() with { ResumedReplications = 2, WallSeconds = 1.5 };

        using var json = JsonDocument.Parse(info.Render());

        var root = json.RootElement;
        Assert.Equal("/tmp/scenario.yaml", root.GetProperty("scenario_file").GetString());
        Assert.Equal("Test scenario", root.GetProperty("scenario_name").GetString());
        Assert.Equal(42, root.GetProperty("seed").GetInt64());
        Assert.Equal(3, root.GetProperty("replications").GetInt32());
        Assert.Equal(2, root.GetProperty("resumed_replications").GetInt32());
        Assert.Equal(1.5, root.GetProperty("wall_seconds").GetDouble());
        Assert.Equal(12345, root.GetProperty("events_processed").GetInt64());
        Assert.Equal(4, root.GetProperty("parallelism").GetInt32());
        Assert.Equal(Environment.ProcessorCount, root.GetProperty("processor_count").GetInt32());
        Assert.True(DateTime.TryParse(root.GetProperty("started_utc").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.EndsWith("}\n", info.Render(), StringComparison.Ordinal);
    }

    private static RunInfo Info() => new()
    {
        ScenarioFile = "/tmp/scenario.yaml",
        ScenarioName = "Test scenario",
        Seed = 42,
        Replications = 3,
        ResumedReplications = 0,
        WallSeconds = 0.25,
        EventsProcessed = 12345,
        Parallelism = 4,
    };
}
