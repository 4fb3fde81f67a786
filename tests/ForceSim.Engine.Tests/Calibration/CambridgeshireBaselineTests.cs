using ForceSim.Engine.Grading;
using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;
using ForceSim.Model.Rubrics;

namespace ForceSim.Engine.Tests.Calibration;

/// <summary>
/// Drift guard for the calibrated Cambridgeshire 2021/22 baseline: with its default seed and 20 replications
/// the full-population means must stay within the ranges fitted to the 2021/22 inspection
/// (see scenarios/README.md). A change to the engine or the scenario that moves the baseline out of range
/// fails here and must be recalibrated deliberately.
/// </summary>
public sealed class CambridgeshireBaselineTests : IClassFixture<CambridgeshireBaselineTests.Baseline>
{
    private readonly Baseline _baseline;

    public CambridgeshireBaselineTests(Baseline baseline)
    {
        _baseline = baseline;
    }

    [Fact]
    public void Attendance_within_target_matches_the_inspected_52_percent_within_44_to_60()
    {
        Assert.InRange(Mean(MeasureNames.AttendanceWithinTarget), 0.44, 0.60);
    }

    [Fact]
    public void Repeat_victim_check_matches_the_audited_70_percent_within_62_to_78()
    {
        Assert.InRange(Mean(MeasureNames.RepeatVictimCheckDone), 0.62, 0.78);
    }

    [Fact]
    public void Emergency_calls_are_answered_quickly_while_101_callers_wait()
    {
        Assert.True(Mean(MeasureNames.EmergencyAnsweredWithin10s) >= 0.80);
        Assert.True(Mean(MeasureNames.NonEmergencyMeanAnswerSeconds) >= 180);
        Assert.InRange(Mean(MeasureNames.NonEmergencyAbandoned), 0.05, 0.20);
    }

    [Fact]
    public void Crime_is_recorded_well_overall_but_violence_less_well()
    {
        var overall = Mean(MeasureNames.CrimesRecorded);
        Assert.True(overall >= 0.90, $"crimes recorded {overall}");
        Assert.True(Mean(MeasureNames.ViolenceRecorded) <= overall - 0.05);
    }

    [Theory]
    [InlineData("responding_to_the_public")]
    [InlineData("investigating_crime")]
    public void The_most_likely_grade_is_requires_improvement(string area)
    {
        var distribution = GradeDistribution.From(area, "population", _baseline.Result.Replications.Select(r => (IReadOnlyDictionary<string, double?>)r.Measures));
        Assert.Equal(InspectionGrade.RequiresImprovement, distribution.MostLikely);
    }

    private double Mean(string measure) => _baseline.Result.Summary[measure].Mean!.Value;

    /// <summary>One run of the baseline as shipped, shared by the tests.</summary>
    public sealed class Baseline : IAsyncLifetime
    {
        public ExperimentResult Result { get; private set; } = null!;

        public async Task InitializeAsync() => Result = await ExperimentRunner.RunAsync(TestScenarios.Cambridgeshire().WithReplications(20));

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
