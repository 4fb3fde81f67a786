using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Mechanisms;

/// <summary>Victims react to the service they get: confidence, repeat victimisation and reporting.</summary>
public sealed class VictimMechanismTests
{
    [Fact]
    public async Task Victims_not_told_of_delays_lose_confidence_and_leave_more_repeat_crimes_unreported()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 180);
        var neverTold = await ExperimentRunner.RunAsync(scenario.WithTriage(t => t with { DelayNotificationRate = 0 }));
        var alwaysTold = await ExperimentRunner.RunAsync(scenario.WithTriage(t => t with { DelayNotificationRate = 1 }));

        PairedDifference.AssertIncreases(neverTold, alwaysTold, MeasureNames.VictimConfidence);
        PairedDifference.AssertDecreases(neverTold, alwaysTold, MeasureNames.UnreportedRepeatCrimes);
    }

    [Fact]
    public async Task Safeguarding_more_victims_means_fewer_repeat_victimisations()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 180);
        var unsafe_ = await ExperimentRunner.RunAsync(scenario.WithTriage(t => t.WithoutRepeatChecks() with { VulnerabilityIdentifiedStructured = 0, VulnerabilityIdentifiedUnstructured = 0 }));
        var safe = await ExperimentRunner.RunAsync(scenario.WithTriage(t => t with { VulnerabilityIdentifiedStructured = 1, VulnerabilityIdentifiedUnstructured = 1 }));

        PairedDifference.AssertDecreases(unsafe_, safe, "victims.repeat_victimisations_per_year");
    }
}
