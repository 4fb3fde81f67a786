namespace ForceSim.Cli.Tests.Commands;

/// <summary>A scenario's own grading rubric, through the real <c>forcesim validate</c> and <c>forcesim run</c>.</summary>
public sealed class RubricCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_rubric_grading_a_measure_the_engine_does_not_produce_is_bad_input_with_a_suggestion()
    {
        var rubric = File.ReadAllText(CliProcess.Scenario("rubrics/peel.yaml"))
            .Replace("measure: investigation.plan_set", "measure: investigation.plans_set", StringComparison.Ordinal);
        _temp.Write("rubric.yaml", rubric);
        _temp.CopyScenario("validation/erlang-c.yaml", "base.yaml");
        var scenario = _temp.Write("s.yaml", "extends: base.yaml\nname: own rubric\nrubric: rubric.yaml\n");

        foreach (var arguments in (string[][])[["validate", scenario], ["run", scenario, "-r", "1"]])
        {
            var result = await CliProcess.RunAsync(_temp.Path, arguments);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("unknown measure 'investigation.plans_set'; did you mean 'investigation.plan_set'?", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_run_prints_the_grades_and_writes_the_sensitivity_file()
    {
        var result = await CliProcess.RunAsync(_temp.Path, "run", CliProcess.Scenario("validation/erlang-c.yaml"), "-r", "2", "-o", _temp["out"]);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("Likely grades", result.Output, StringComparison.Ordinal);
        Assert.Contains("Responding to the public", result.Output, StringComparison.Ordinal);
        Assert.StartsWith("area,measure,threshold,original,shifted", File.ReadAllText(_temp["out/grade-sensitivity.csv"]), StringComparison.Ordinal);
    }
}
