using ForceSim.Experiments.Comparing;

namespace ForceSim.Experiments.Tests.Comparing;

/// <summary>Which options can be paired with a base: the same forces, horizon, warm-up, seed and replications.</summary>
public sealed class ComparabilityTests
{
    [Fact]
    public void An_overlay_that_changes_only_staff_can_be_paired_with_the_base_it_extends()
    {
        Assert.Empty(Comparability.Differences(TestScenarios.Cambridgeshire(), TestScenarios.Load("whatif/plus-20-call-handlers.yaml")));
    }

    [Fact]
    public void A_region_overlay_differs_from_the_single_force_baseline_in_forces_and_horizon()
    {
        var differences = Comparability.Differences(TestScenarios.Cambridgeshire(), TestScenarios.Load("whatif/region-shared-records.yaml"));

        Assert.Equal(
            ["forces present: base cambridgeshire; option bedfordshire, cambridgeshire, essex, hertfordshire, norfolk, suffolk", "horizon days: base 365, option 120", "replications: base 10, option 4"],
            differences);
    }

    [Fact]
    public void Refusal_names_each_unlike_option_and_what_differs_and_passes_like_ones()
    {
        var baseline = TestScenarios.Cambridgeshire();
        var options = new List<(string, Model.Scenarios.Scenario)>
        {
            ("same.yaml", baseline with { Name = "same" }),
            ("later.yaml", baseline.WithSeed(7).WithWarmupDays(14)),
        };

        var e = Assert.Throws<InvalidRequestException>(() => Comparability.RequirePaired("base.yaml", baseline, options));

        Assert.Contains("1 option(s) cannot be paired with the base base.yaml", e.Message, StringComparison.Ordinal);
        Assert.Contains("later.yaml: warm-up days: base 28, option 14; seed: base 20220601, option 7", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("same.yaml", e.Message, StringComparison.Ordinal);
        Assert.Contains("--unpaired", e.Message, StringComparison.Ordinal);
    }
}
