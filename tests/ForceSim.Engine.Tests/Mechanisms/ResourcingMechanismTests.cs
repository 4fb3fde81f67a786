using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Mechanisms;

/// <summary>Staffing levers move the measures a chief officer would expect, and cost what they should.</summary>
public sealed class ResourcingMechanismTests
{
    [Fact]
    public async Task More_call_handlers_shorten_101_waits_and_cut_abandonment()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 60);
        var baseline = await ExperimentRunner.RunAsync(scenario);
        var more = await ExperimentRunner.RunAsync(scenario.WithCallHandlerShifts(s => s with { Count = s.Count + 2 }));

        PairedDifference.AssertDecreases(baseline, more, MeasureNames.NonEmergencyMeanAnswerSeconds);
        PairedDifference.AssertDecreases(baseline, more, MeasureNames.NonEmergencyAbandoned);
        PairedDifference.AssertIncreases(baseline, more, MeasureNames.AnnualCost);
    }

    [Fact]
    public async Task More_response_units_raise_attendance_within_target()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 60);
        var baseline = await ExperimentRunner.RunAsync(scenario);
        var more = await ExperimentRunner.RunAsync(scenario.WithResponseShifts(s => s with { Count = s.Count + 4 }));

        PairedDifference.AssertIncreases(baseline, more, MeasureNames.AttendanceWithinTarget);
        PairedDifference.AssertDecreases(baseline, more, $"{MeasureNames.DispatchWaitMinutes}.priority");
    }
}
