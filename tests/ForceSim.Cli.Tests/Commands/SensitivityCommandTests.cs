using System.Globalization;

namespace ForceSim.Cli.Tests.Commands;

/// <summary><c>forcesim sensitivity</c> through the real CLI process: the tidy sensitivity.csv on success, exit 2 on a bad assumptions file.</summary>
public sealed class SensitivityCommandTests : IDisposable
{
    private static readonly string[] Short = ["--set", "run.horizon_days=3", "--set", "run.warmup_days=1", "-r", "3"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Sensitivity_writes_a_tidy_csv_of_paired_effects_a_ranking_and_a_report()
    {
        var assumptions = _temp.Write("assumptions.yaml", """
            name: Two assumptions
            parameters:
              - path: forces.cambridgeshire.response.paperwork_minutes_per_crime
                low: 10
                high: 120
                reason: write-up time
              - path: forces.cambridgeshire.travel.k
                low: 0.5
                high: 0.63
                reason: square-root law
            """);
        var output = _temp["out"];

        var result = await CliProcess.RunAsync(_temp.Path, ["sensitivity", CliProcess.Scenario("cambridgeshire-2022.yaml"), "--assumptions", assumptions, "-o", output, .. Short]);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var csv = File.ReadAllLines(Path.Combine(output, "sensitivity.csv"));
        Assert.Equal("parameter,end,value,measure,base_mean,mean,mean_difference,lower,upper,unpaired_lower,unpaired_upper", csv[0]);
        var rows = csv.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["forces.cambridgeshire.response.paperwork_minutes_per_crime", "forces.cambridgeshire.travel.k"], rows.Select(r => r[0]).Distinct());
        Assert.Equal(["low", "high"], rows.Select(r => r[1]).Distinct());
        var attendance = Assert.Single(rows, r => r[0].EndsWith("paperwork_minutes_per_crime", StringComparison.Ordinal) && r[1] == "high" && r[3] == "response.attendance_within_need_target");
        Assert.Equal("120", attendance[2]);
        Assert.InRange(Number(attendance[6]), Number(attendance[7]), Number(attendance[8]));
        Assert.Equal(3, File.ReadAllLines(Path.Combine(output, "ranking.csv")).Length);
        Assert.Contains("Which assumptions matter", File.ReadAllText(Path.Combine(output, "report.html")), StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(output, "charts"), "tornado-*.png"));
        Assert.Contains("paperwork_minutes_per_crime", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_assumptions_file_is_a_bad_input_error_naming_its_line_before_anything_runs()
    {
        var assumptions = _temp.Write("assumptions.yaml", """
            name: A misspelt key
            parameters:
              - path: forces.cambridgeshire.response.paperwork_minutes_per_crime
                low: 10
                hihg: 120
                reason: write-up time
            """);

        var result = await CliProcess.RunAsync(_temp.Path, ["sensitivity", CliProcess.Scenario("cambridgeshire-2022.yaml"), "--assumptions", assumptions, "-o", _temp["out"], .. Short]);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains($"{assumptions}:5:5: parameters[0].hihg: unknown key 'hihg'; did you mean 'high'?", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_temp["out"], "sensitivity.csv")));
        CliProcess.AssertNoStackTrace(result);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
