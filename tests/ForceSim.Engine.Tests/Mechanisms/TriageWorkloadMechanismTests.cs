using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests.Mechanisms;

/// <summary>
/// Triage is work done under pressure: how often handlers manage a structured assessment is an outcome of policy,
/// staffing and demand, and the work costs handling time that callers in the queue feel.
/// </summary>
public sealed class TriageWorkloadMechanismTests
{
    private static readonly Channel[] EveryChannel = [Channel.Emergency, Channel.NonEmergency, Channel.Online];

    [Fact]
    public async Task With_staff_unchanged_30_percent_more_101_demand_lowers_the_achieved_structured_assessment_rate()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 60);
        var baseline = await ExperimentRunner.RunAsync(scenario);
        var busier = await ExperimentRunner.RunAsync(scenario.WithDemandScaled(Channel.NonEmergency, 1.3));

        PairedDifference.AssertDecreases(baseline, busier, MeasureNames.StructuredAssessmentRate);
        PairedDifference.AssertDecreases(baseline, busier, MeasureNames.RepeatVictimCheckDone);
        PairedDifference.AssertIncreases(baseline, busier, MeasureNames.NonEmergencyMeanAnswerSeconds);
    }

    [Fact]
    public async Task Mandatory_structured_assessment_on_every_call_lengthens_the_mean_101_answer_time_and_raises_vulnerability_identified()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 60);
        var discretionary = await ExperimentRunner.RunAsync(scenario);
        var mandatory = await ExperimentRunner.RunAsync(scenario.WithTriage(t => t with
        {
            StructuredAssessment = t.StructuredAssessment with { MandatoryChannels = EveryChannel },
        }));

        Assert.Equal(1, mandatory.Summary[MeasureNames.StructuredAssessmentRate].Mean);
        PairedDifference.AssertIncreases(discretionary, mandatory, MeasureNames.NonEmergencyMeanAnswerSeconds);
        PairedDifference.AssertIncreases(discretionary, mandatory, MeasureNames.VulnerabilityIdentified);
    }
}
