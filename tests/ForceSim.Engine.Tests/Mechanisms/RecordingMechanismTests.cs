using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Mechanisms;

/// <summary>An unrecorded crime gets no investigation and no safeguarding.</summary>
public sealed class RecordingMechanismTests
{
    [Fact]
    public async Task Crimes_that_are_never_recorded_are_never_investigated()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 60, replications: 2)
            .WithRecordingProbability(0.0);
        var result = await ExperimentRunner.RunAsync(scenario);

        Assert.Equal(0, result.Summary[MeasureNames.CrimesRecorded].Mean);
        Assert.True(result.Summary["recording.crimes_reported"].Mean > 1000);
        Assert.Null(result.Summary["investigation.screened_out"].Mean);
        Assert.Null(result.Summary[MeasureNames.PlanSet].Mean);
        Assert.Null(result.Summary[MeasureNames.EnquiriesCompleted].Mean);
    }

    [Fact]
    public async Task Unrecorded_crimes_lower_victim_confidence()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 90);
        var recorded = await ExperimentRunner.RunAsync(scenario.WithRecordingProbability(1.0));
        var unrecorded = await ExperimentRunner.RunAsync(scenario.WithRecordingProbability(0.0));

        PairedDifference.AssertDecreases(recorded, unrecorded, MeasureNames.VictimConfidence);
    }
}
