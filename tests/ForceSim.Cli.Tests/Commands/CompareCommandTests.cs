namespace ForceSim.Cli.Tests.Commands;

/// <summary><c>forcesim compare</c> through the real process: options that cannot be paired with the base are refused unless asked for unpaired.</summary>
public sealed class CompareCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Compare_of_the_baseline_with_a_region_overlay_exits_2_naming_what_differs()
    {
        var overlay = CliProcess.Scenario("whatif/region-mutual-aid.yaml");

        var result = await CliProcess.RunAsync(
            _temp.Path, "compare", CliProcess.Scenario("cambridgeshire-2022.yaml"), CliProcess.Scenario("whatif/plus-20-call-handlers.yaml"), overlay, "-r", "2");

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("1 option(s) cannot be paired with the base", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{overlay}: forces present: base cambridgeshire; option bedfordshire, cambridgeshire, essex, hertfordshire, norfolk, suffolk; horizon days: base 365, option 120", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("plus-20-call-handlers.yaml:", result.Error, StringComparison.Ordinal);
        Assert.Contains("--unpaired", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["results"]), "nothing is simulated or written before the refusal");
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Compare_names_a_different_seed_warm_up_and_replications_declared_by_an_option()
    {
        _temp.CopyScenario("validation/erlang-c.yaml", "base.yaml");
        var option = _temp.Write("option.yaml", "extends: base.yaml\nname: Other run settings\nrun: {seed: 99, warmup_days: 3, replications: 7}\n");

        var result = await CliProcess.RunAsync(_temp.Path, "compare", _temp["base.yaml"], option);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Matches(@"option\.yaml: warm-up days: base \d+(\.\d+)?, option 3; seed: base \d+, option 99; replications: base \d+, option 7", result.Error);
    }

    [Fact]
    public async Task Compare_with_unpaired_runs_options_that_differ_and_says_the_intervals_are_unpaired()
    {
        var basePath = _temp.CopyScenario("validation/erlang-c.yaml", "base.yaml");
        var option = _temp.Write("shorter.yaml", "extends: base.yaml\nname: Shorter horizon\nrun: {horizon_days: 10}\n");
        var output = _temp["out"];

        var result = await CliProcess.RunAsync(_temp.Path, "compare", basePath, option, "--unpaired", "-r", "3", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("intervals are unpaired (Welch), not paired", result.Output, StringComparison.Ordinal);
        Assert.Contains("Change (unpaired Welch 95% CI)", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("paired 95% CI", result.Output.Replace("unpaired", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var report = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("Unpaired (Welch) 95% CI", report, StringComparison.Ordinal);
        Assert.Contains("intervals are unpaired (Welch) 95% CIs, not paired ones", report, StringComparison.Ordinal);
        var row = File.ReadAllLines(Path.Combine(output, "comparison.csv")).Skip(1).First().Split(',');
        Assert.Equal(("", ""), (row[5], row[6])); // no paired interval
        Assert.NotEqual("", row[7]);
    }
}
