using ForceSim.Engine.Measures;
using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Mechanisms;

/// <summary>The inspection's findings on triage, as mechanisms: each policy lever moves its measures.</summary>
public sealed class TriageMechanismTests
{
    [Fact]
    public async Task Without_structured_assessment_vulnerable_callers_are_undergraded_more_often()
    {
        var scenario = TestScenarios.ShortCambridgeshire();
        var none = await ExperimentRunner.RunAsync(scenario.WithTriage(t => t with { StructuredAssessment = TriageTasks.Never }));
        var all = await ExperimentRunner.RunAsync(scenario.WithTriage(t => t with { StructuredAssessment = TriageTasks.Always }));

        PairedDifference.AssertDecreases(none, all, "triage.undergraded");
        PairedDifference.AssertIncreases(none, all, "triage.vulnerability_identified");
        Assert.Equal(0, none.Summary[MeasureNames.StructuredAssessmentRate].Mean);
        Assert.Equal(1, all.Summary[MeasureNames.StructuredAssessmentRate].Mean);
    }

    [Fact]
    public async Task A_repeat_victim_check_that_is_never_done_identifies_no_repeat_victims()
    {
        var scenario = TestScenarios.ShortCambridgeshire();
        var never = await ExperimentRunner.RunAsync(scenario.WithTriage(t => t.WithoutRepeatChecks()));
        var always = await ExperimentRunner.RunAsync(scenario.WithTriage(t => t.WithPerfectRepeatChecks()));

        Assert.Equal(0, never.Summary[MeasureNames.RepeatVictimsIdentified].Mean);
        Assert.True(always.Summary[MeasureNames.RepeatVictimsIdentified].Mean > 0.99);

        // Flagged history corrects under-grading, so checking every call under-grades fewer.
        PairedDifference.AssertDecreases(never, always, "triage.undergraded");
    }

    [Fact]
    public async Task Recognising_vulnerability_raises_crime_recording()
    {
        var scenario = TestScenarios.ShortCambridgeshire();
        var missed = await ExperimentRunner.RunAsync(scenario.WithTriage(t => t with { VulnerabilityIdentifiedStructured = 0, VulnerabilityIdentifiedUnstructured = 0 }));
        var recognised = await ExperimentRunner.RunAsync(scenario.WithTriage(t => t with { VulnerabilityIdentifiedStructured = 1, VulnerabilityIdentifiedUnstructured = 1 }));

        PairedDifference.AssertIncreases(missed, recognised, MeasureNames.CrimesRecorded);
        PairedDifference.AssertIncreases(missed, recognised, MeasureNames.ViolenceRecorded);
    }
}
