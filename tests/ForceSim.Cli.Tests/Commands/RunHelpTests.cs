namespace ForceSim.Cli.Tests.Commands;

/// <summary><c>forcesim run --help</c> tells the truth: every file a run writes, and the folder it writes them to by default.</summary>
public sealed class RunHelpTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_help_names_every_file_a_run_writes_and_the_default_folder_it_writes_to()
    {
        var scenario = _temp.CopyScenario("validation/erlang-c.yaml", "textbook.yaml", "horizon_days: 30", "horizon_days: 2");

        var help = await CliProcess.RunAsync(_temp.Path, "run", "--help");
        var run = await CliProcess.RunAsync(_temp.Path, "run", scenario, "-r", "2");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var folder = _temp["results/textbook"];
        Assert.True(Directory.Exists(folder), "a run without -o writes to results/<scenario file name>");
        Assert.Contains("results/<scenario file name", help.Output, StringComparison.Ordinal);
        var written = Directory.GetFiles(folder).Select(Path.GetFileName).ToList();
        Assert.NotEmpty(written);
        Assert.All(written, file => Assert.Contains(file!, help.Output, StringComparison.Ordinal));
        Assert.True(Directory.GetFiles(Path.Combine(folder, "charts"), "*.png").Length > 0);
        Assert.Contains("charts/", help.Output, StringComparison.Ordinal);
    }
}
