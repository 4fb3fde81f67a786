namespace ForceSim.Cli.Tests.Commands;

/// <summary><c>forcesim sweep -r N</c>: replications per variant from the command line, overriding the experiment file.</summary>
public sealed class SweepReplicationsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Sweep_with_r_2_runs_2_replications_per_variant_whatever_the_experiment_file_says()
    {
        var scenario = CliProcess.Scenario("validation/erlang-c.yaml").Replace("\\", "/", StringComparison.Ordinal);
        var experiment = _temp.Write("experiment.yaml", $"""
            name: Erlang C sweep
            scenario: {scenario}
            replications: 5
            design:
              type: factorial
              factors:
                - path: control_rooms[0].call_handlers.shifts[0].staff
                  values: [9, 12]
            measures: [contact.handler_utilisation]

            """);
        var output = _temp["out"];

        var result = await CliProcess.RunAsync(_temp.Path, "sweep", experiment, "-r", "2", "--set", "run.horizon_days=2", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var rows = File.ReadAllLines(Path.Combine(output, "sweep.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["0:0", "0:1", "1:0", "1:1"], rows.Select(r => $"{r[0]}:{r[1]}"));
    }

    [Fact]
    public async Task Sweep_refuses_zero_replications_per_variant()
    {
        var result = await CliProcess.RunAsync(_temp.Path, "sweep", "experiment.yaml", "-r", "0");

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("--replications must be from 1 to 10000 (got 0)", result.Error, StringComparison.Ordinal);
    }
}
