namespace ForceSim.Cli.Tests.Commands;

/// <summary>The same scenario and seed give the same bytes, whatever the output folder, the run or the degree of parallelism.</summary>
public sealed class RunDeterminismTests : IClassFixture<RunDeterminismTests.Runs>
{
    private readonly Runs _runs;

    public RunDeterminismTests(Runs runs) => _runs = runs;

    [Fact]
    public void Two_runs_with_the_same_seed_into_different_folders_give_byte_identical_results_and_replications()
    {
        AssertSameBytes(_runs.First, _runs.Second, "results.json");
        AssertSameBytes(_runs.First, _runs.Second, "replications.csv");
        AssertSameBytes(_runs.First, _runs.Second, "force-replications.csv");
    }

    [Fact]
    public void Run_info_is_the_only_file_allowed_to_differ_between_identical_runs()
    {
        Assert.Equal(
            Directory.GetFiles(_runs.First).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(_runs.Second).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in Directory.GetFiles(_runs.First).Select(Path.GetFileName).Where(f => f != "run-info.json"))
        {
            AssertSameBytes(_runs.First, _runs.Second, file!);
        }
    }

    [Fact]
    public void A_different_seed_gives_different_results()
    {
        Assert.False(Bytes(_runs.First, "results.json").SequenceEqual(Bytes(_runs.OtherSeed, "results.json")));
        Assert.False(Bytes(_runs.First, "replications.csv").SequenceEqual(Bytes(_runs.OtherSeed, "replications.csv")));
    }

    [Fact]
    public void Parallel_1_and_parallel_2_give_byte_identical_results()
    {
        AssertSameBytes(_runs.Serial, _runs.First, "results.json");
        AssertSameBytes(_runs.Serial, _runs.First, "replications.csv");
        AssertSameBytes(_runs.Serial, _runs.First, "force-replications.csv");
    }

    private static byte[] Bytes(string folder, string file) => File.ReadAllBytes(Path.Combine(folder, file));

    private static void AssertSameBytes(string first, string second, string file) =>
        Assert.True(Bytes(first, file).AsSpan().SequenceEqual(Bytes(second, file)), $"{file} differs between {first} and {second}");

    /// <summary>Four runs of the Erlang C scenario (3 replications): two alike, one serial, one with another seed.</summary>
    public sealed class Runs : IAsyncLifetime, IDisposable
    {
        private readonly TempFolder _temp = new();

        public string First => _temp["first"];

        public string Second => _temp["second"];

        public string Serial => _temp["serial"];

        public string OtherSeed => _temp["other-seed"];

        public async Task InitializeAsync()
        {
            await RunAsync(First, "-s", "4242", "--parallel", "2");
            await RunAsync(Second, "-s", "4242", "--parallel", "2");
            await RunAsync(Serial, "-s", "4242", "--parallel", "1");
            await RunAsync(OtherSeed, "-s", "4243", "--parallel", "2");
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _temp.Dispose();

        private async Task RunAsync(string output, params string[] options)
        {
            var result = await CliProcess.RunAsync(_temp.Path, ["run", CliProcess.Scenario("validation/erlang-c.yaml"), "-r", "3", "-o", output, .. options]);
            Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        }
    }
}
