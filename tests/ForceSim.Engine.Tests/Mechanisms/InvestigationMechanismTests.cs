using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Mechanisms;

/// <summary>Investigation quality follows workload and supervision.</summary>
public sealed class InvestigationMechanismTests
{
    [Fact]
    public async Task Overloaded_investigators_complete_fewer_lines_of_enquiry_and_miss_victim_updates()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 150);
        var staffed = await ExperimentRunner.RunAsync(scenario);
        var overloaded = await ExperimentRunner.RunAsync(scenario.WithInvestigation(i => i with { Investigators = i.Investigators * 2 / 3 }));

        PairedDifference.AssertIncreases(staffed, overloaded, "investigation.mean_caseload");
        PairedDifference.AssertDecreases(staffed, overloaded, MeasureNames.EnquiriesCompleted);
        PairedDifference.AssertDecreases(staffed, overloaded, MeasureNames.VictimsInformed);
    }

    [Fact]
    public async Task Without_supervisors_plans_are_set_only_by_investigators_acting_alone()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 120);
        var unsupervised = await ExperimentRunner.RunAsync(scenario.WithInvestigation(i => i with { Supervisors = 0, PlanWithoutSupervision = 0.3 }));

        Assert.Equal(0, unsupervised.Summary[MeasureNames.Supervised].Mean);
        var plans = unsupervised.Summary[MeasureNames.PlanSet];
        Assert.InRange(plans.Mean!.Value, 0.27, 0.33);
    }

    [Fact]
    public async Task More_supervisors_set_more_plans_and_supervise_more_cases()
    {
        var scenario = TestScenarios.ShortCambridgeshire(days: 120);
        var few = await ExperimentRunner.RunAsync(scenario.WithInvestigation(i => i with { Supervisors = i.Supervisors / 2 }));
        var many = await ExperimentRunner.RunAsync(scenario.WithInvestigation(i => i with { Supervisors = i.Supervisors * 2 }));

        PairedDifference.AssertIncreases(few, many, MeasureNames.PlanSet);
        PairedDifference.AssertIncreases(few, many, MeasureNames.Supervised);
    }
}
