using ForceSim.Cli.Tests.Support;

namespace ForceSim.Cli.Tests.Commands;

/// <summary>The same scenario and seed give the same bytes, whatever folder, run or degree of parallelism.</summary>
public sealed class RunDeterminismTests : IDisposable
{
    private static readonly string ErlangC = CliProcess.Scenario("validation/erlang-c.yaml");

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Two_runs_with_the_same_seed_give_byte_identical_results_and_replications()
    {
        var first = await RunAsync("first", "-s", "4242");
        var second = await RunAsync("second", "-s", "4242");

        AssertSameBytes(first, second, "results.json");
        AssertSameBytes(first, second, "replications.csv");
        AssertSameBytes(first, second, "force-replications.csv");
    }

    [Fact]
    public async Task A_different_seed_gives_different_results()
    {
        var first = await RunAsync("seed-1", "-s", "1");
        var second = await RunAsync("seed-2", "-s", "2");

        Assert.NotEqual(File.ReadAllBytes(Path.Combine(first, "results.json")), File.ReadAllBytes(Path.Combine(second, "results.json")));
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(first, "replications.csv")), File.ReadAllBytes(Path.Combine(second, "replications.csv")));
    }

    [Fact]
    public async Task Parallel_1_and_parallel_2_give_byte_identical_results()
    {
        var serial = await RunAsync("serial", "--parallel", "1");
        var parallel = await RunAsync("parallel", "--parallel", "2");

        AssertSameBytes(serial, parallel, "results.json");
        AssertSameBytes(serial, parallel, "replications.csv");
        AssertSameBytes(serial, parallel, "force-replications.csv");
    }

    [Fact]
    public async Task Running_again_into_the_same_folder_replaces_the_results_with_identical_bytes()
    {
        var folder = await RunAsync("again");
        var before = File.ReadAllBytes(Path.Combine(folder, "results.json"));

        await RunAsync("again");

        Assert.Equal(before, File.ReadAllBytes(Path.Combine(folder, "results.json")));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories));
    }

    private async Task<string> RunAsync(string folder, params string[] options)
    {
        var output = _temp[folder];
        var result = await CliProcess.RunAsync(_temp.Path, ["run", ErlangC, "-r", "3", "-o", output, .. options]);
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        return output;
    }

    private static void AssertSameBytes(string first, string second, string file)
    {
        var a = File.ReadAllBytes(Path.Combine(first, file));
        var b = File.ReadAllBytes(Path.Combine(second, file));
        Assert.True(a.AsSpan().SequenceEqual(b), $"{file} differs between {first} and {second}");
    }
}
