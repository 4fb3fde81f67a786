using ForceSim.Engine.Measures;
using ForceSim.Experiments.Sensitivity;
using ForceSim.Experiments.Tests.Support;
using ForceSim.Reporting.Sensitivity;

namespace ForceSim.Experiments.Tests.Sensitivity;

/// <summary>
/// <c>sensitivity</c> as a service, on a few days of the Cambridgeshire baseline: a parameter that drives attendance ranks
/// above one that cannot touch it, and every effect is paired with the baseline.
/// </summary>
public sealed class SensitivityServiceTests : IDisposable
{
    private const string Paperwork = "forces.cambridgeshire.response.paperwork_minutes_per_crime";
    private const string Salary = "costs.roles.investigator.annual_salary";
    private static readonly string[] Short = ["run.horizon_days=4", "run.warmup_days=1"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Paperwork_ranks_above_a_salary_that_cannot_change_attendance_and_its_effects_are_paired()
    {
        var assumptions = WriteAssumptions(Salary, 40000, 50000, Paperwork, 10, 120);
        var reports = new List<SensitivityProgress>();

        var outcome = await SensitivityService.RunAsync(Request(assumptions), new Reports<SensitivityProgress>(reports.Add));

        Assert.Equal([Paperwork, Salary], outcome.Ranking.Select(r => r.Parameter));
        Assert.True(outcome.Ranking[0].Score > outcome.Ranking[1].Score);
        var salaryOnAttendance = Effects(outcome, Salary, MeasureNames.AttendanceWithinNeedTarget);
        Assert.All(salaryOnAttendance, e => Assert.Equal((0.0, 0.0, 0.0), (e.Difference.Difference!.Value, e.Difference.Lower!.Value, e.Difference.Upper!.Value)));
        var paperwork = Effects(outcome, Paperwork, MeasureNames.AttendanceWithinNeedTarget);
        var high = Assert.Single(paperwork, e => e.End == SensitivityEnd.High);
        Assert.True(high.Difference.Distinguishable && high.Difference.Difference < 0, "three times the write-up time leaves fewer units free to attend in time");
        Assert.All(paperwork, e => Assert.InRange(e.Difference.Difference!.Value, e.Difference.Lower!.Value, e.Difference.Upper!.Value));
        Assert.True(
            high.Difference.Upper - high.Difference.Lower < high.Difference.UnpairedUpper - high.Difference.UnpairedLower,
            "pairing with the baseline's replications (common random numbers) narrows the interval");
        var start = Assert.IsType<SensitivityStarting>(reports[0]);
        Assert.Equal((5, 0), (start.Settings, start.Resumed));
        Assert.Equal(5, reports.OfType<SettingsFinished>().Max(r => r.Done));
        Assert.True(File.Exists(Path.Combine(_temp["out"], "sensitivity.csv")));
        Assert.False(Directory.Exists(Path.Combine(_temp["out"], ".sensitivity-checkpoints")), "checkpoints are deleted once the ranking is written");
    }

    [Fact]
    public async Task An_interrupted_ranking_resumes_from_its_finished_settings_to_the_same_file()
    {
        var assumptions = WriteAssumptions(Paperwork, 10, 120);
        var whole = await SensitivityService.RunAsync(Request(assumptions) with { OutputDirectory = _temp["whole"] });
        using var cancel = new CancellationTokenSource();
        var stop = new Reports<SensitivityProgress>(p =>
        {
            if (p is SettingsFinished { Done: 2 })
            {
                cancel.Cancel();
            }
        });

        var interrupted = await Assert.ThrowsAsync<WorkInterruptedException>(() => SensitivityService.RunAsync(Request(assumptions), stop, cancel.Token));
        var reports = new List<SensitivityProgress>();
        await SensitivityService.RunAsync(Request(assumptions), new Reports<SensitivityProgress>(reports.Add));

        Assert.Equal(2, Assert.IsType<SensitivityStarting>(reports[0]).Resumed);
        Assert.Equal(File.ReadAllText(Path.Combine(_temp["whole"], "sensitivity.csv")), File.ReadAllText(Path.Combine(_temp["out"], "sensitivity.csv")));
        Assert.NotNull(interrupted);
        Assert.NotEmpty(whole.Effects);
    }

    [Fact]
    public async Task An_assumption_the_scenario_does_not_state_is_refused_before_anything_runs()
    {
        var assumptions = WriteAssumptions(Paperwork.Replace("per_crime", "per_crim", StringComparison.Ordinal), 10, 120);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => SensitivityService.RunAsync(Request(assumptions)));

        Assert.Contains($"{assumptions}:4:11: parameters[0].path:", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'paperwork_minutes_per_crime'?", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp["out"]));
    }

    [Fact]
    public async Task A_scenario_without_an_assumptions_file_is_refused_saying_where_one_was_looked_for()
    {
        var scenario = ScenarioCopies.Copy(_temp, "validation/erlang-c.yaml", "erlang-c.yaml");

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => SensitivityService.RunAsync(new SensitivityRequest { ScenarioPath = scenario, OutputDirectory = _temp["out"] }));

        Assert.Contains("no assumptions file", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine("assumptions", "erlang-c.yaml"), error.Message, StringComparison.Ordinal);
    }

    private SensitivityRequest Request(string assumptions) => new()
    {
        ScenarioPath = ScenarioCopies.Shipped("cambridgeshire-2022.yaml"),
        AssumptionsPath = assumptions,
        Replications = 4,
        Overrides = Short,
        OutputDirectory = _temp["out"],
        Parallelism = 2,
    };

    private static List<ParameterEffect> Effects(SensitivityOutcome outcome, string parameter, string measure) =>
        [.. outcome.Effects.Where(e => e.Parameter == parameter && e.Difference.Measure == measure)];

    private string WriteAssumptions(params object[] pathLowHigh)
    {
        var text = "name: Test assumptions\n\nparameters:\n";
        for (var i = 0; i < pathLowHigh.Length; i += 3)
        {
            text += $"  - path: {pathLowHigh[i]}\n    low: {pathLowHigh[i + 1]}\n    high: {pathLowHigh[i + 2]}\n    reason: a test\n";
        }

        return ScenarioCopies.Write(_temp, "assumptions.yaml", text);
    }
}
