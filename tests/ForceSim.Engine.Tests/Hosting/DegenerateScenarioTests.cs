using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Hosting;

/// <summary>Valid but extreme scenarios still give finite measures or nulls, never NaN.</summary>
public sealed class DegenerateScenarioTests
{
    [Fact]
    public async Task A_control_room_with_no_handlers_answers_nothing_and_reports_zero_not_NaN()
    {
        var scenario = TestScenarios.Load("validation/erlang-c.yaml").Shorten(days: 2, replications: 2, warmupDays: 0)
            .WithCallHandlerShifts(s => s with { Count = 0 });
        var result = await ExperimentRunner.RunAsync(scenario);

        Assert.Equal(0, result.Summary[MeasureNames.EmergencyAnsweredWithin10s].Mean);
        Assert.Null(result.Summary[MeasureNames.EmergencyMeanAnswerSeconds].Mean);
        Assert.All(result.Replications.SelectMany(r => r.Measures.Values), v => Assert.True(v is null || double.IsFinite(v.Value)));
    }

    [Fact]
    public async Task A_force_with_no_response_units_never_attends()
    {
        var scenario = TestScenarios.Load("validation/priority-mm20.yaml").Shorten(days: 2, replications: 2, warmupDays: 0)
            .WithResponseShifts(s => s with { Count = 0 });
        var result = await ExperimentRunner.RunAsync(scenario);

        Assert.Null(result.Summary[MeasureNames.AttendanceWithinTarget].Mean);
        Assert.True(result.Summary["response.dispatch_queue_mean_length.priority"].Mean > 100);
        Assert.All(result.Replications.SelectMany(r => r.Measures.Values), v => Assert.True(v is null || double.IsFinite(v.Value)));
    }
}
