using System.Globalization;
using ForceSim.Engine;
using ForceSim.Experiments.Posteriors;
using ForceSim.Testing.Scenarios;

namespace ForceSim.Cli.Tests.Commands;

/// <summary>
/// <c>--posterior FILE</c> through the real CLI process: a bad posterior exits 2 naming the file and line, a stale one
/// warns once on stderr, and sweep and compare apply the drawn parameters.
/// </summary>
public sealed class PosteriorCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_with_a_stale_posterior_naming_an_unknown_key_path_warns_once_and_exits_2_with_file_and_line()
    {
        var posterior = Write("stale.posterior.csv", ModelVersion.Current + 1, "control_rooms.textbook_room.channels.emergency.handle_minutes.meen", 4.5);
        var output = _temp["out"];

        var result = await CliProcess.RunAsync(_temp.Path, "run", CliProcess.Scenario("validation/erlang-c.yaml"), "--posterior", posterior, "-o", output);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        var warning = $"{posterior} was fitted to model version {ModelVersion.Current + 1}, but this is model version {ModelVersion.Current}";
        Assert.Single(result.StandardError.Split('\n'), line => line.Contains(warning, StringComparison.Ordinal));
        Assert.Contains($"{posterior}:2: control_rooms.textbook_room.channels.emergency.handle_minutes.meen: the scenario", result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Compare_with_a_malformed_posterior_exits_2_naming_file_line_and_column()
    {
        var posterior = _temp.Write("bad.posterior.csv", $"# forcesim posterior; model_version={ModelVersion.Current}; method=x\ndraw,weight,{ErlangCRoom.HandleMean}\n0,1,4.5\n1,1,slow\n");
        var scenario = CliProcess.Scenario("validation/erlang-c.yaml");

        var result = await CliProcess.RunAsync(_temp.Path, "compare", scenario, scenario, "--posterior", posterior, "-o", _temp["out"]);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains($"{posterior}:4: {ErlangCRoom.HandleMean}: 'slow' is not a finite number", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("fitted to model version", result.StandardError, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Sweep_with_a_posterior_runs_every_variant_with_the_drawn_handling_time()
    {
        var experiment = _temp.Write("experiment.yaml", $"""
            name: Erlang C with a posterior
            scenario: {CliProcess.Scenario("validation/erlang-c.yaml").Replace("\\", "/", StringComparison.Ordinal)}
            replications: 2
            design:
              type: factorial
              factors:
                - path: control_rooms[0].call_handlers.shifts[0].staff
                  values: [10, 12]
            measures: [contact.handler_utilisation]

            """);
        var posterior = Write("slow.posterior.csv", ModelVersion.Current, ErlangCRoom.HandleMean, 5.9);

        var plain = await CliProcess.RunAsync(_temp.Path, "sweep", experiment, "--set", "run.horizon_days=2", "-o", _temp["plain"]);
        var slow = await CliProcess.RunAsync(_temp.Path, "sweep", experiment, "--set", "run.horizon_days=2", "--posterior", posterior, "-o", _temp["slow"]);

        Assert.True(plain.ExitCode == ExitCodes.Success, plain.ToString());
        Assert.True(slow.ExitCode == ExitCodes.Success, slow.ToString());
        var before = Utilisations(_temp["plain"]);
        var after = Utilisations(_temp["slow"]);
        Assert.Equal(4, after.Count);
        Assert.All(before.Zip(after), p => Assert.True(p.Second > p.First + 0.05, $"5.9 minutes a call instead of 5: {p.First} → {p.Second}"));
    }

    private static List<double> Utilisations(string output) =>
        [.. File.ReadAllLines(Path.Combine(output, "sweep.csv")).Skip(1).Select(l => double.Parse(l.Split(',')[^1], CultureInfo.InvariantCulture))];

    private string Write(string name, int version, string parameter, double value)
    {
        var path = _temp[name];
        PosteriorFile.Write(path, new Posterior(version, "test", null, null, [parameter], [new PosteriorDraw(0, 1, [value])]));
        return path;
    }
}
