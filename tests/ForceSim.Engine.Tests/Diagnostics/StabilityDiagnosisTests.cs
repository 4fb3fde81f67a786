using ForceSim.Engine.Diagnostics;
using ForceSim.Engine.Running;

namespace ForceSim.Engine.Tests.Diagnostics;

public sealed class StabilityDiagnosisTests
{
    private const string Responding = "responding_to_the_public";

    [Fact]
    public async Task A_force_with_half_its_response_units_is_flagged_unstable_and_its_responding_grade_withheld()
    {
        var result = await ExperimentRunner.RunAsync(Overloaded());

        var diagnostics = result.Diagnostics!;
        var reasons = string.Join(Environment.NewLine, diagnostics.Reasons.Select(r => $"{r.Scope} {r.Code} {r.Resource}: {r.Message}"));
        Assert.False(diagnostics.Stable, reasons);
        Assert.Contains(diagnostics.Reasons, r => r.Severity == StabilitySeverity.Unstable && r.Resource == CapacityResource.Response);
        Assert.DoesNotContain(diagnostics.Reasons, r => r.Severity == StabilitySeverity.Unstable && r.Resource == CapacityResource.CallHandling);
        Assert.True(diagnostics.IsWithheld(RunDiagnostics.AllForces, Responding));
        Assert.Equal("not gradable: demand exceeds response capacity", diagnostics.WithheldFor(RunDiagnostics.AllForces, Responding)!.Message);
        Assert.All(
            result.Summary.Where(m => m.Key.StartsWith($"grades.{Responding}.", StringComparison.Ordinal)),
            m => Assert.Null(m.Value.Mean));
    }

    [Fact]
    public async Task No_interval_of_a_waiting_time_is_negative_in_an_overloaded_run()
    {
        var result = await ExperimentRunner.RunAsync(Overloaded());

        var waits = result.Summary.Where(m => m.Key.Contains("wait", StringComparison.Ordinal) || m.Key.Contains("minutes", StringComparison.Ordinal) || m.Key.Contains("seconds", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(waits);
        Assert.All(waits, m => Assert.True(m.Value.Lower is null || m.Value.Lower >= 0, $"{m.Key}: {m.Value.Lower} – {m.Value.Upper}"));
    }

    [Fact]
    public async Task The_cambridgeshire_baseline_is_stable_and_keeps_its_grades()
    {
        var result = await ExperimentRunner.RunAsync(TestScenarios.Cambridgeshire().WithReplications(2));

        var diagnostics = result.Diagnostics!;
        Assert.True(diagnostics.Stable, string.Join(Environment.NewLine, diagnostics.Reasons.Select(r => r.Message)));
        Assert.Empty(diagnostics.Withheld);
        Assert.Contains(result.Summary, m => m.Key.StartsWith($"grades.{Responding}.population.", StringComparison.Ordinal) && m.Value.Mean is not null);
    }

    [Fact]
    public void An_area_rests_on_every_capacity_its_measures_pass_through()
    {
        Assert.Equal(CapacityResource.CallHandling, StabilityDiagnosis.StageOf("contact.emergency_answered_within_10s"));
        Assert.Equal(CapacityResource.Response, StabilityDiagnosis.StageOf("recording.crimes_recorded"));
        Assert.Equal(CapacityResource.Investigation, StabilityDiagnosis.StageOf("investigation.plan_set"));
    }

    /// <summary>The baseline with half its response units on every shift, over a short horizon.</summary>
    private static Model.Scenarios.Scenario Overloaded() =>
        TestScenarios.ShortCambridgeshire(days: 60, replications: 3).WithResponseShifts(s => s with { Count = s.Count / 2 });
}
