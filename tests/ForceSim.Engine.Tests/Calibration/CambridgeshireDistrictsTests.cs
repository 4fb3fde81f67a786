using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;
using Xunit.Abstractions;

namespace ForceSim.Engine.Tests.Calibration;

/// <summary>
/// The Cambridgeshire baseline by district (cambridgeshire-2022-districts.yaml) and the what-if that moves two units
/// a shift to March: with places added, force-wide attendance must still match the inspection as the baseline's
/// does, and the move must raise Fenland's attendance. Both run 6 replications of the full year with the
/// baseline's seed, so every replication of the what-if meets the same calls as its twin (common random numbers).
/// </summary>
public sealed class CambridgeshireDistrictsTests(CambridgeshireDistrictsTests.Runs runs, ITestOutputHelper output)
    : IClassFixture<CambridgeshireDistrictsTests.Runs>
{
    private static readonly string[] Districts =
        ["cambridge", "south_cambridgeshire", "east_cambridgeshire", "huntingdonshire", "fenland", "peterborough"];

    [Theory]
    [InlineData(MeasureNames.AttendanceWithinNeedTarget)]
    [InlineData("inspection.attendance_within_need_target")]
    public void Attendance_against_need_by_district_still_matches_the_inspected_41_of_79_within_44_to_60(string measure)
    {
        var mean = runs.Districts.Summary[measure].Mean!.Value;
        output.WriteLine(FormattableString.Invariant($"{measure}: {mean:F3}"));
        Assert.InRange(mean, 0.44, 0.60);
    }

    [Fact]
    public void Every_district_reports_attendance_and_a_median_response_and_every_station_its_workload()
    {
        var summary = runs.Districts.Summary;
        Assert.All(Districts, d => Assert.InRange(summary[$"response.area.{d}.attendance_within_target"].Mean!.Value, 0.3, 0.9));
        Assert.All(Districts, d => Assert.InRange(summary[$"response.area.{d}.median_minutes"].Mean!.Value, 3, 40));
        Assert.All(runs.Districts.Scenario.Forces.Single().Geography!.Stations, s => Assert.InRange(summary[$"response.station.{s.Id}.utilisation"].Mean!.Value, 0.5, 0.95));
    }

    [Fact]
    public void Moving_two_units_a_shift_to_March_raises_Fenlands_attendance_within_target()
    {
        Print("response.area.fenland.attendance_within_target");
        Print("response.area.fenland.attendance_within_target.emergency");
        PairedDifference.AssertIncreases(runs.Districts.Result, runs.March.Result, "response.area.fenland.attendance_within_target");
    }

    [Fact]
    public void Moving_two_units_a_shift_to_March_costs_Peterborough_whose_units_they_were()
    {
        Print("response.area.peterborough.attendance_within_target");
        Print(MeasureNames.AttendanceWithinNeedTarget);
        PairedDifference.AssertDecreases(runs.Districts.Result, runs.March.Result, "response.area.peterborough.attendance_within_target");
    }

    private void Print(string measure)
    {
        var d = PairedDifference.Of(runs.Districts.Result, runs.March.Result, measure);
        output.WriteLine(FormattableString.Invariant(
            $"{measure}: {runs.Districts.Summary[measure].Mean:F3} -> {runs.March.Summary[measure].Mean:F3}, paired difference {d.Mean:+0.000;-0.000} (95% CI {d.Lower:+0.000;-0.000} to {d.Upper:+0.000;-0.000})"));
    }

    /// <summary>The district baseline and the what-if, each run once for the tests.</summary>
    public sealed class Runs : IAsyncLifetime
    {
        public Run Districts { get; } = new("cambridgeshire-2022-districts.yaml");

        public Run March { get; } = new("whatif/two-units-to-march.yaml");

        public async Task InitializeAsync()
        {
            await Districts.InitializeAsync();
            await March.InitializeAsync();
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }

    /// <summary>One shipped scenario at 6 replications (about 12 core-seconds for the pair).</summary>
    public sealed class Run(string file)
    {
        public ForceSim.Model.Scenarios.Scenario Scenario { get; } = TestScenarios.Load(file).WithReplications(6);

        public ExperimentResult Result { get; private set; } = null!;

        public IReadOnlyDictionary<string, MeasureSummary> Summary => Result.Summary;

        public async Task InitializeAsync() => Result = await ExperimentRunner.RunAsync(Scenario);
    }
}
