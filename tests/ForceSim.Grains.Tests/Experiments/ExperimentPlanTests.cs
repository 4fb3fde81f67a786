using ForceSim.Grains.Experiments;

namespace ForceSim.Grains.Tests.Experiments;

/// <summary>How a multi-variant experiment numbers its work: variant by variant, and appending never renumbers.</summary>
public sealed class ExperimentPlanTests
{
    [Fact]
    public void Items_run_variant_by_variant_and_each_locates_its_variant_and_replication()
    {
        var scenario = TestScenarios.ShortCambridgeshire();
        var plan = ExperimentPlan.Of(scenario, [new("base", scenario.WithReplications(3)), new("a", scenario.WithReplications(2)), new("b", scenario.WithReplications(4))]);

        Assert.Equal(9, plan.Total);
        Assert.Equal([3, 2, 4], plan.Counts);
        Assert.Equal([0, 3, 5], new[] { plan.Offset(0), plan.Offset(1), plan.Offset(2) });
        Assert.Equal(
            [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (2, 0), (2, 1), (2, 2), (2, 3)],
            Enumerable.Range(0, plan.Total).Select(plan.Locate));
        Assert.Throws<ArgumentOutOfRangeException>(() => plan.Locate(9));
    }

    [Fact]
    public void Appending_variants_keeps_every_earlier_item_where_it_was()
    {
        var scenario = TestScenarios.ShortCambridgeshire();
        List<ExperimentVariant> variants = [new("base", scenario.WithReplications(2)), new("a", scenario.WithReplications(2))];
        var before = ExperimentPlan.Of(scenario, variants);
        var after = ExperimentPlan.Of(scenario, [.. variants, new("b", scenario.WithReplications(2))]);

        Assert.Equal(Enumerable.Range(0, before.Total).Select(before.Locate), Enumerable.Range(0, before.Total).Select(after.Locate));
        Assert.Equal((2, 1), after.Locate(5));
    }

    [Fact]
    public void A_single_scenario_experiment_numbers_items_as_its_replications()
    {
        var scenario = TestScenarios.ShortCambridgeshire().WithReplications(5);
        var plan = ExperimentPlan.Of(new ExperimentSpec(scenario, "fingerprint"));

        Assert.Equal(5, plan.Total);
        Assert.Equal((0, 4), plan.Locate(4));
    }

    [Fact]
    public void A_variant_that_is_one_replication_of_a_longer_run_runs_as_that_replication()
    {
        var scenario = TestScenarios.ShortCambridgeshire();
        var plan = ExperimentPlan.Of(scenario, [new("r0", scenario.WithReplications(1)), new("r5", scenario.WithReplications(1), FirstReplication: 5), new("rest", scenario.WithReplications(2))]);

        Assert.Equal([0, 5, 0], new[] { plan.FirstReplication(0), plan.FirstReplication(1), plan.FirstReplication(2) });
        Assert.Equal((1, 0), plan.Locate(1));
        Assert.Equal(0, ExperimentPlan.Of(new ExperimentSpec(scenario, "fingerprint")).FirstReplication(0));
    }
}
